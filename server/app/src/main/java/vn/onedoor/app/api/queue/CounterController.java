package vn.onedoor.app.api.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.onedoor.app.api.CenterScope;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.queue.CounterDesk;
import vn.onedoor.queue.TicketHandling;
import vn.onedoor.platform.rules.Rejection;

/** What an officer does at a counter. Every answer is the counter's state or the ticket it acted on. */
@Controller("/api/v1/counters/{counterId}")
@Secured({"OFFICER", "MANAGER", "ADMIN"})
@Tag(name = "counters")
public class CounterController {

    private final CounterDesk desk;
    private final TicketHandling handling;
    private final CenterDirectory directory;
    private final java.util.Map<Long, Long> centerOfCounter = new java.util.concurrent.ConcurrentHashMap<>();

    CounterController(CounterDesk desk, TicketHandling handling, CenterDirectory directory) {
        this.desk = desk;
        this.handling = handling;
        this.directory = directory;
    }

    @Serdeable
    public record Reason(@NotBlank String reason) {}

    @Serdeable
    public record Outcome(@NotBlank String outcome) {}

    @Serdeable
    public record Call(@NotNull Long ticketId, @NotBlank String reason) {}

    @Serdeable
    public record Resume(@NotNull Long ticketId) {}

    @Serdeable
    public record Transfer(@Nullable Long toServiceGroupId, @Nullable Long toCounterId, @Nullable Boolean keepPlace) {}

    @Post("/open")
    @Operation(summary = "Open (or resume) the counter for the signed-in officer")
    public CounterDto open(long counterId, Authentication caller) {
        check(counterId, caller);
        return CounterDto.of(desk.open(counterId, Callers.actor(caller)));
    }

    @Post("/pause")
    @Operation(summary = "Pause the counter, with a reason")
    public CounterDto pause(long counterId, @Body @Valid Reason body, Authentication caller) {
        check(counterId, caller);
        return CounterDto.of(desk.pause(counterId, body.reason(), Callers.actor(caller)));
    }

    @Post("/close")
    public CounterDto close(long counterId, Authentication caller) {
        check(counterId, caller);
        return CounterDto.of(desk.close(counterId, Callers.actor(caller)));
    }

    @Post("/call-next")
    @Operation(summary = "Call the ticket that should go next: 200 with it, or 204 when nobody waits")
    public HttpResponse<?> callNext(long counterId, Authentication caller) {
        check(counterId, caller);
        return desk.callNext(counterId, Callers.actor(caller))
                .<HttpResponse<?>>map(t -> HttpResponse.ok(new Called(TicketDto.of(t))))
                .orElseGet(HttpResponse::noContent);
    }

    @Post("/call")
    @Operation(summary = "Call one waiting ticket out of turn; the reason is journaled")
    public Called call(long counterId, @Body @Valid Call body, Authentication caller) {
        check(counterId, caller);
        return new Called(TicketDto.of(desk.call(counterId, body.ticketId(), body.reason(), Callers.actor(caller))));
    }

    @Post("/recall")
    public TicketDto recall(long counterId, Authentication caller) {
        check(counterId, caller);
        return TicketDto.of(handling.recall(counterId, Callers.actor(caller)));
    }

    @Post("/no-show")
    public TicketDto noShow(long counterId, Authentication caller) {
        check(counterId, caller);
        return TicketDto.of(handling.noShow(counterId, Callers.actor(caller)));
    }

    @Post("/start")
    public TicketDto start(long counterId, Authentication caller) {
        check(counterId, caller);
        return TicketDto.of(handling.start(counterId, Callers.actor(caller)));
    }

    @Post("/park")
    public TicketDto park(long counterId, Authentication caller) {
        check(counterId, caller);
        return TicketDto.of(handling.park(counterId, Callers.actor(caller)));
    }

    @Post("/resume")
    @Operation(summary = "Bring a parked ticket back to this counter")
    public TicketDto resume(long counterId, @Body @Valid Resume body, Authentication caller) {
        check(counterId, caller);
        return TicketDto.of(handling.resume(counterId, body.ticketId(), Callers.actor(caller)));
    }

    @Post("/complete")
    @Operation(summary = "Complete the ticket being served with an outcome")
    public TicketDto complete(long counterId, @Body @Valid Outcome body, Authentication caller) {
        check(counterId, caller);
        return TicketDto.of(handling.complete(counterId, body.outcome(), Callers.actor(caller)));
    }

    @Post("/complete-and-call-next")
    @Operation(summary = "Complete the ticket at the counter and call the next one, in one transaction")
    public Handover completeAndCallNext(long counterId, @Body @Valid Outcome body, Authentication caller) {
        check(counterId, caller);
        CounterDesk.Handover h = desk.completeAndCallNext(counterId, body.outcome(), Callers.actor(caller));
        return new Handover(TicketDto.of(h.completed()), h.next().map(TicketDto::of).orElse(null));
    }

    /** The ticket completed and the one called next; {@code ticket} is absent when nobody waits. */
    @Serdeable
    public record Handover(TicketDto completed, @Nullable TicketDto ticket) {}

    @Post("/transfer")
    @Operation(summary = "Send the ticket to another service group or counter, keeping its place or at the end")
    public TicketDto transfer(long counterId, @Body Transfer body, Authentication caller) {
        check(counterId, caller);
        return TicketDto.of(handling.transfer(counterId, body.toServiceGroupId(), body.toCounterId(),
                body.keepPlace() == null || body.keepPlace(), Callers.actor(caller)));
    }

    @Serdeable
    public record Called(TicketDto ticket) {}

    /** A counter never changes center: its center is looked up once, not on every press of a button. */
    private void check(long counterId, Authentication caller) {
        Long centerId = centerOfCounter.computeIfAbsent(counterId,
                id -> directory.counter(id).map(c -> c.centerId()).orElse(null));
        if (centerId == null || !CenterScope.allows(caller, centerId)) {
            throw Rejection.notFound("COUNTER_NOT_FOUND", "No counter " + counterId);
        }
    }
}
