package vn.onedoor.app.api.queue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import vn.onedoor.queue.model.Ticket;

/**
 * A ticket as the API shows it. {@code number} is what the citizen reads (A-0024); {@code sequence}
 * is the group's daily sequence behind it. {@code waitingAhead} and {@code estimatedWaitMinutes}
 * come with a newly issued ticket; {@code print} too when a kiosk issued it and it went to the
 * kiosk's printer: {@code {"outcome": "PRINTED" | "FAILED" | "NO_PRINTER", "reason": "PAPER_OUT"…}}.
 * A newly issued ticket also says which counters serve its group ({@code counters}) and which of
 * them are open now ({@code openCounters}; empty: nobody serves the group now).
 */
@Serdeable
public record TicketDto(long id, String number, int sequence, long serviceGroupId, String status, String priority,
        @Nullable Long procedureId, @Nullable String dossierCode, @Nullable Long counterId,
        @Nullable Long targetCounterId, int recallCount, @Nullable String outcome, Instant issuedAt,
        @Nullable Instant calledAt, @Nullable Instant servingAt, @Nullable Instant finishedAt,
        @Nullable Long waitingAhead, @Nullable Integer estimatedWaitMinutes, @Nullable PrintDto print,
        @Nullable List<Integer> counters, @Nullable List<Integer> openCounters) {

    @Serdeable
    public record PrintDto(String outcome, @Nullable String reason) {}

    public TicketDto withPrint(PrintDto p) {
        return new TicketDto(id, number, sequence, serviceGroupId, status, priority, procedureId, dossierCode, counterId,
                targetCounterId, recallCount, outcome, issuedAt, calledAt, servingAt, finishedAt, waitingAhead,
                estimatedWaitMinutes, p, counters, openCounters);
    }

    public TicketDto withCounters(List<Integer> serving, List<Integer> open) {
        return new TicketDto(id, number, sequence, serviceGroupId, status, priority, procedureId, dossierCode, counterId,
                targetCounterId, recallCount, outcome, issuedAt, calledAt, servingAt, finishedAt, waitingAhead,
                estimatedWaitMinutes, print, serving, open);
    }

    public static TicketDto of(Ticket t) {
        return of(t, null, null);
    }

    public static TicketDto of(Ticket t, Long waitingAhead, Integer estimatedWaitMinutes) {
        return new TicketDto(t.id(), t.displayNumber(), t.number(), t.serviceGroupId(), t.status().name(),
                t.priority().name(), t.procedureId(), t.dossierCode(), t.counterId(), t.targetCounterId(),
                t.recallCount(), t.outcome(), t.issuedAt(), t.calledAt(), t.servingAt(), t.finishedAt(), waitingAhead,
                estimatedWaitMinutes, null, null, null);
    }
}
