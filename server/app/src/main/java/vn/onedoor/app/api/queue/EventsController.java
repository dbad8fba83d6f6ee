package vn.onedoor.app.api.queue;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import reactor.core.publisher.Flux;
import vn.onedoor.app.api.CenterScope;

@Controller("/api/v1/centers/{centerId}/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "queue")
public class EventsController {

    /** Keeps proxies and idle-timeouts from closing a quiet stream. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final QueueEventStream stream;

    EventsController(QueueEventStream stream) {
        this.stream = stream;
    }

    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    @Operation(summary = "Server-sent events of the center's queue, after commit: TicketIssued, TicketCalled, …")
    public HttpResponse<?> events(long centerId, Authentication caller) {
        if (!CenterScope.allows(caller, centerId)) {
            return CenterScope.otherCenter();
        }
        Flux<Event<?>> events = stream.of(centerId)
                .map(e -> Event.of(QueueEventDto.of(e)).name(e.type()));
        Flux<Event<?>> heartbeats = Flux.interval(HEARTBEAT).map(i -> Event.of("").comment("heartbeat"));
        // A first comment right away sends the headers, so a client knows it is subscribed.
        Flux<Event<?>> hello = Flux.just(Event.of("").comment("connected"));
        return HttpResponse.ok(Flux.concat(hello, Flux.merge(events, heartbeats)))
                .contentType(MediaType.TEXT_EVENT_STREAM_TYPE);
    }
}
