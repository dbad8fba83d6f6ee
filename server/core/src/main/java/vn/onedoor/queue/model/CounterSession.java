package vn.onedoor.queue.model;

import vn.onedoor.platform.rules.Rejection;
import java.time.Instant;

/**
 * The state of a counter today: open, paused (with a reason) or closed, who works it, the ticket
 * at it, and how many priority tickets it has called in a row.
 */
public record CounterSession(long counterId, long centerId, int counterNumber, CounterStatus status,
        Long officerId, String pauseReason, Long currentTicketId, int priorityStreak, Instant changedAt) {

    public static CounterSession closed(long counterId, long centerId, int counterNumber) {
        return new CounterSession(counterId, centerId, counterNumber, CounterStatus.CLOSED, null, null, null, 0, null);
    }

    public CounterSession open(long officer, Instant now) {
        return new CounterSession(counterId, centerId, counterNumber, CounterStatus.OPEN, officer, null,
                currentTicketId, priorityStreak, now);
    }

    public CounterSession pause(String reason, Instant now) {
        if (status == CounterStatus.CLOSED) {
            throw Rejection.conflict("COUNTER_CLOSED", "Counter " + counterNumber + " is closed; open it first");
        }
        if (reason == null || reason.isBlank()) {
            throw Rejection.invalid("REASON_REQUIRED", "A pause needs a reason");
        }
        return new CounterSession(counterId, centerId, counterNumber, CounterStatus.PAUSED, officerId, reason.strip(),
                currentTicketId, priorityStreak, now);
    }

    public CounterSession close(Instant now) {
        if (currentTicketId != null) {
            throw Rejection.conflict("TICKET_AT_COUNTER", "Finish, park or transfer the ticket at counter "
                    + counterNumber + " before closing it");
        }
        return new CounterSession(counterId, centerId, counterNumber, CounterStatus.CLOSED, null, null, null, 0, now);
    }

    /** A counter calls only when open and free. */
    public void requireFreeAndOpen() {
        if (status != CounterStatus.OPEN) {
            throw Rejection.conflict("COUNTER_" + status, "Counter " + counterNumber + " is " + status
                    + "; open or resume it to call");
        }
        if (currentTicketId != null) {
            throw Rejection.conflict("TICKET_AT_COUNTER", "Counter " + counterNumber
                    + " still has a ticket: complete it, mark a no-show, park or transfer it first");
        }
    }

    public CounterSession withCurrent(Long ticketId, int streak) {
        return new CounterSession(counterId, centerId, counterNumber, status, officerId, pauseReason, ticketId, streak,
                changedAt);
    }

    public Long requireCurrent() {
        if (currentTicketId == null) {
            throw Rejection.conflict("NO_TICKET_AT_COUNTER", "Counter " + counterNumber + " has no ticket now");
        }
        return currentTicketId;
    }
}
