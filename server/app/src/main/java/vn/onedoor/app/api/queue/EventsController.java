package vn.onedoor.app.api.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Map;
import reactor.core.publisher.Flux;
import vn.onedoor.app.api.CenterScope;

@Controller("/api/v1/centers/{centerId}/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "queue")
public class EventsController {

    /** Keeps proxies and idle-timeouts from closing a quiet stream, and finds a listener that went away. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    /** How long a client that lost the stream waits before it reconnects. */
    static final Duration RETRY = Duration.ofSeconds(3);

    private final QueueEventStream stream;

    EventsController(QueueEventStream stream) {
        this.stream = stream;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(summary = "Server-sent events of the center's queue, after commit: TicketIssued, TicketCalled, …",
            description = "Each event has an id. The stream stays open, with a comment line every 15 s. A client that"
                    + " reconnects with the header Last-Event-ID receives the events it missed; when they are no"
                    + " longer kept (the server restarted, or more than 10,000 events passed) it receives one"
                    + " event named Resync and should read the queue again.")
    public HttpResponse<?> events(long centerId, Authentication caller,
            @Nullable @Header("Last-Event-ID") String lastEventId) {
        if (!CenterScope.allows(caller, centerId)) {
            return CenterScope.otherCenter();
        }
        Flux<Event<?>> events = stream.of(centerId, lastEventId).map(EventsController::toEvent);
        Flux<Event<?>> heartbeats = Flux.interval(HEARTBEAT).map(i -> Event.of("").comment("heartbeat"));
        // A first comment right away sends the headers, so a client knows it is subscribed.
        Flux<Event<?>> hello = Flux.just(Event.of("").comment("connected").retry(RETRY));
        return HttpResponse.ok(Flux.concat(hello, Flux.merge(events, heartbeats)))
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                .header("Cache-Control", "no-cache")
                .header("X-Accel-Buffering", "no");
    }

    private static Event<?> toEvent(QueueEventStream.Numbered n) {
        if (n.event() == null) {
            return Event.of(Map.of("type", "Resync", "reason", n.resync())).name("Resync").id(n.id());
        }
        return Event.of(QueueEventDto.of(n.event())).name(n.event().type()).id(n.id());
    }
}
