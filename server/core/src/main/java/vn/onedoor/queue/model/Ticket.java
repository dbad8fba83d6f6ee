package vn.onedoor.queue.model;

import vn.onedoor.platform.rules.Rejection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A queue ticket and the rules of its life: every transition returns the next state or throws a
 * {@link Rejection}; nothing here touches a database or a framework.
 *
 * <p>{@code queueKey} orders waiting tickets: the enqueue time in microseconds. A transfer that keeps
 * the citizen's place keeps the key, so the wait counts from the original ticket.
 */
public record Ticket(
        Long id,
        long centerId,
        long serviceGroupId,
        LocalDate businessDate,
        int number,
        String displayNumber,
        Priority priority,
        Long procedureId,
        String phone,
        String dossierCode,
        TicketStatus status,
        long queueKey,
        Long counterId,
        Long targetCounterId,
        Instant issuedAt,
        Instant calledAt,
        Instant servingAt,
        Instant finishedAt,
        int recallCount,
        String outcome) {

    public Ticket {
        Objects.requireNonNull(businessDate);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(status);
        Objects.requireNonNull(issuedAt);
    }

    /** A new ticket, waiting at the end of its group's queue. */
    public static Ticket issue(long centerId, long serviceGroupId, LocalDate businessDate, int number,
            String displayNumber, Priority priority, Long procedureId, String phone, String dossierCode, Instant now) {
        return new Ticket(null, centerId, serviceGroupId, businessDate, number, displayNumber, priority, procedureId,
                phone, dossierCode, TicketStatus.WAITING, queueKeyOf(now), null, null, now, null, null, null, 0, null);
    }

    public static long queueKeyOf(Instant at) {
        return at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000;
    }

    public static Instant instantOfQueueKey(long key) {
        return Instant.ofEpochSecond(key / 1_000_000L, (key % 1_000_000L) * 1_000);
    }

    /** How long the citizen has waited in the queue, counted from the place they hold. */
    public Duration waited(Instant now) {
        Duration d = Duration.between(instantOfQueueKey(queueKey), now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public Ticket withId(long newId) {
        return new Ticket(newId, centerId, serviceGroupId, businessDate, number, displayNumber, priority, procedureId,
                phone, dossierCode, status, queueKey, counterId, targetCounterId, issuedAt, calledAt, servingAt,
                finishedAt, recallCount, outcome);
    }

    public Ticket call(long atCounter, Instant now) {
        require(Set.of(TicketStatus.WAITING), "call");
        if (targetCounterId != null && targetCounterId != atCounter) {
            throw Rejection.conflict("TICKET_FOR_OTHER_COUNTER", displayNumber + " was sent to another counter");
        }
        return next(TicketStatus.CALLED, serviceGroupId, queueKey, atCounter, null, now, null, null, 0, null);
    }

    public Ticket recall() {
        require(Set.of(TicketStatus.CALLED), "recall");
        return next(status, serviceGroupId, queueKey, counterId, null, calledAt, servingAt, finishedAt,
                recallCount + 1, outcome);
    }

    public Ticket noShow(QueueRules rules, Instant now) {
        require(Set.of(TicketStatus.CALLED), "mark as no-show");
        if (recallCount < rules.recallsBeforeNoShow()) {
            throw Rejection.conflict("RECALL_FIRST", displayNumber + " has been recalled " + recallCount
                    + " time(s); recall it " + rules.recallsBeforeNoShow() + " time(s) before marking a no-show");
        }
        return next(TicketStatus.NO_SHOW, serviceGroupId, queueKey, counterId, null, calledAt, null, now,
                recallCount, null);
    }

    /** A no-show who comes back within the window goes to the end of the queue. */
    public Ticket rejoin(QueueRules rules, Instant now) {
        require(Set.of(TicketStatus.NO_SHOW), "rejoin");
        if (Duration.between(finishedAt, now).compareTo(rules.rejoinWindow()) > 0) {
            throw Rejection.conflict("REJOIN_WINDOW_PASSED", displayNumber + " missed its call more than "
                    + rules.rejoinWindow().toMinutes() + " minutes ago; please take a new ticket");
        }
        return next(TicketStatus.WAITING, serviceGroupId, queueKeyOf(now), null, null, null, null, null, 0, null);
    }

    public Ticket start(Instant now) {
        require(Set.of(TicketStatus.CALLED), "start serving");
        return next(TicketStatus.SERVING, serviceGroupId, queueKey, counterId, null, calledAt, now, null,
                recallCount, null);
    }

    public Ticket park() {
        require(Set.of(TicketStatus.CALLED, TicketStatus.SERVING), "park");
        return next(TicketStatus.PARKED, serviceGroupId, queueKey, counterId, null, calledAt, servingAt, null,
                recallCount, null);
    }

    public Ticket resume(long atCounter, Instant now) {
        require(Set.of(TicketStatus.PARKED), "resume");
        return next(TicketStatus.SERVING, serviceGroupId, queueKey, atCounter, null, calledAt,
                servingAt == null ? now : servingAt, null, recallCount, null);
    }

    /**
     * Completes the service. An officer who skipped "start" completes from CALLED: the service then
     * counts from the call.
     */
    public Ticket complete(String withOutcome, Instant now) {
        require(Set.of(TicketStatus.CALLED, TicketStatus.SERVING), "complete");
        return next(TicketStatus.COMPLETED, serviceGroupId, queueKey, counterId, null, calledAt,
                servingAt == null ? calledAt : servingAt, now, recallCount, Objects.requireNonNull(withOutcome));
    }

    /** Back to waiting in another group, keeping the place or at the end. */
    public Ticket transferToGroup(long toGroup, boolean keepPlace, Instant now) {
        require(Set.of(TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED), "transfer");
        return next(TicketStatus.WAITING, toGroup, keepPlace ? queueKey : queueKeyOf(now), null, null, null, null,
                null, 0, null);
    }

    /** Back to waiting, for one counter only, keeping the place or at the end. */
    public Ticket transferToCounter(long toCounter, boolean keepPlace, Instant now) {
        require(Set.of(TicketStatus.CALLED, TicketStatus.SERVING, TicketStatus.PARKED), "transfer");
        return next(TicketStatus.WAITING, serviceGroupId, keepPlace ? queueKey : queueKeyOf(now), null, toCounter,
                null, null, null, 0, null);
    }

    /** A waiting ticket of a group that is retired moves to another group, keeping its place and its number. */
    public Ticket moveToGroup(long toGroup) {
        require(Set.of(TicketStatus.WAITING), "move");
        return next(TicketStatus.WAITING, toGroup, queueKey, null, targetCounterId, null, null, null, recallCount, null);
    }

    /** A waiting ticket sent to a counter that closed goes back to its group's queue, keeping its place. */
    public Ticket releaseFromCounter() {
        require(Set.of(TicketStatus.WAITING), "release");
        return next(TicketStatus.WAITING, serviceGroupId, queueKey, null, null, null, null, null, recallCount, null);
    }

    private void require(Set<TicketStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw Rejection.conflict("TICKET_" + status, "Cannot " + action + " ticket " + displayNumber
                    + ": it is " + status);
        }
    }

    private Ticket next(TicketStatus newStatus, long group, long key, Long counter, Long target, Instant called,
            Instant serving, Instant finished, int recalls, String newOutcome) {
        return new Ticket(id, centerId, group, businessDate, number, displayNumber, priority, procedureId, phone,
                dossierCode, newStatus, key, counter, target, issuedAt, called, serving, finished, recalls,
                newOutcome);
    }
}
