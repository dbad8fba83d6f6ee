package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.onedoor.queue.internal.CounterSessions;
import vn.onedoor.queue.internal.QueueSql;
import vn.onedoor.queue.internal.TicketRows;
import vn.onedoor.queue.model.CounterSession;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.queue.model.NextTicketPolicy;
import vn.onedoor.queue.model.QueueEvent;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.QueueRules;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/**
 * A counter's own life: open, pause, close, and calling — the next ticket by the rules, or one
 * ticket by name with a reason that goes into the journal. Each is one transaction that holds the
 * counter's row lock, so a counter never does two things at once; two counters calling at the same
 * instant cannot take the same ticket because the ticket moves only if it is still waiting.
 */
@Singleton
public class CounterDesk {

    /** More tickets than this sent to one counter is not a real hall; the rest stay targeted. */
    private static final int RELEASED_AT_CLOSE = 10_000;

    /** More than the counters that can be calling one queue at the same instant. */
    private static final int CALL_ATTEMPTS = 100;

    /**
     * How long a counter's service groups and weights are kept in memory. They change only when an
     * administrator reassigns counters, so a change reaches the counter's calls within this time.
     */
    static final long GROUPS_KEPT_NANOS = java.time.Duration.ofSeconds(10).toNanos();

    private record KeptGroups(List<long[]> groups, long readAtNanos) {}

    private final java.util.Map<Long, KeptGroups> groupsOfCounter = new java.util.concurrent.ConcurrentHashMap<>();

    private final QueueTransactions tx;
    private final TicketHandling handling;
    private final BusinessCalendar calendar;
    private final QueueRules rules;

    CounterDesk(QueueTransactions tx, TicketHandling handling, BusinessCalendar calendar, QueueRules rules) {
        this.tx = tx;
        this.handling = handling;
        this.calendar = calendar;
        this.rules = rules;
    }

    /** Opens (or resumes) a counter for the actor; a counter open for another officer is refused. */
    /** An administrator changed a center: counters read their groups and weights again at the next call. */
    @io.micronaut.runtime.event.annotation.EventListener
    void configurationChanged(vn.onedoor.center.ConfigurationChanged event) {
        groupsOfCounter.clear();
    }

    public CounterSession open(long counterId, Actor actor) {
        tx.read((c, events) -> {
            QueueSql.requireMayOpen(c, counterId, actor.userId(), actor.supervisor());
            return null;
        });
        return changeStatus(counterId, actor, s -> s.open(actor.userId(), calendar.now()), null);
    }

    /**
     * Opens the counter at the counter screen: a counter the actor already works stays as it is (a
     * pause is not lifted by reloading the screen), and a counter another officer works is refused
     * even to a supervisor, so nobody's counter is taken over silently.
     */
    public CounterSession sitDown(long counterId, Actor actor) {
        return tx.write((c, events) -> {
            QueueSql.requireMayOpen(c, counterId, actor.userId(), actor.supervisor());
            CounterSession session = CounterSessions.lock(c, counterId);
            boolean worked = session.status() != CounterStatus.CLOSED && session.officerId() != null;
            if (worked && session.officerId() == actor.userId()) {
                return session;
            }
            if (worked) {
                throw Rejection.forbidden("COUNTER_OF_OTHER_OFFICER", "Counter " + session.counterNumber()
                        + " is worked by another officer");
            }
            CounterSession after = session.open(actor.userId(), calendar.now());
            CounterSessions.save(c, after);
            QueueSql.journal(c, after.centerId(), null, counterId, actor.userId(), "COUNTER_OPEN", null,
                    after.changedAt());
            events.accept(new QueueEvent.CounterStatusChanged(after.centerId(), counterId, after.counterNumber(),
                    after.status(), null, after.changedAt()));
            return after;
        });
    }

    public CounterSession pause(long counterId, String reason, Actor actor) {
        return changeStatus(counterId, actor, s -> s.pause(reason, calendar.now()), reason);
    }

    /**
     * Closes the counter. Tickets that were sent to it and still wait go back to their group's
     * queue, keeping their place, so the group's other counters call them: nobody is left waiting
     * for a counter that closed.
     */
    public CounterSession close(long counterId, Actor actor) {
        return tx.write((c, events) -> {
            CounterSession closed = changeStatusIn(c, counterId, actor, s -> s.close(calendar.now()), null, events);
            for (Ticket sent : TicketRows.waitingSentTo(c, counterId, RELEASED_AT_CLOSE)) {
                Ticket released = sent.releaseFromCounter();
                if (TicketRows.update(c, released, TicketStatus.WAITING)) {
                    QueueSql.journal(c, released.centerId(), released.id(), counterId, actor.userId(), "RELEASED",
                            "counter " + closed.counterNumber() + " closed", closed.changedAt());
                    events.accept(new QueueEvent.TicketTransferred(released, null, closed.changedAt()));
                }
            }
            return closed;
        });
    }

    /**
     * Calls the ticket that should go next; empty when nobody waits for this counter. The rules
     * choose among the heads; the chosen ticket is then locked if no other counter holds it — if one
     * does, that ticket is left to it and the rules choose again without it.
     */
    public Optional<Ticket> callNext(long counterId, Actor actor) {
        return tx.write((c, events) -> callNextIn(c, lockOwn(c, counterId, actor), actor, events));
    }

    /** The ticket just completed and the one called after it, if anyone waits. */
    public record Handover(Ticket completed, Optional<Ticket> next) {}

    /**
     * "Hoàn thành và gọi tiếp": completes the ticket at the counter and calls the next one in one
     * transaction, the officer's most frequent pair of actions.
     */
    public Handover completeAndCallNext(long counterId, String outcome, Actor actor) {
        return tx.write((c, events) -> {
            CounterSessions.Locked locked = lockOwnWithCurrent(c, counterId, actor);
            CounterSession session = locked.session();
            Ticket completed = handling.completeIn(c, locked, outcome, actor, events);
            return new Handover(completed, callNextIn(c, session.withCurrent(null, session.priorityStreak()), actor,
                    events));
        });
    }

    private Optional<Ticket> callNextIn(Connection c, CounterSession session, Actor actor,
            java.util.function.Consumer<QueueEvent> events) throws SQLException {
        session.requireFreeAndOpen();
        long counterId = session.counterId();
        LocalDate today = calendar.today(session.centerId());
        List<long[]> groups = groupsOf(c, counterId);
        Set<Long> takenByOthers = new HashSet<>();
        for (int attempt = 0; attempt < CALL_ATTEMPTS; attempt++) {
            Instant now = calendar.now();
            QueueSql.Choices heads = QueueSql.heads(c, groups, today, counterId, takenByOthers);
            Optional<NextTicketPolicy.Choice> choice = NextTicketPolicy.choose(heads.groups(), heads.sentToCounter(),
                    session.priorityStreak(), rules, now);
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            long ticketId = choice.get().candidate().ticketId();
            Optional<Ticket> locked = TicketRows.lockIfWaiting(c, ticketId);
            if (locked.isPresent()) {
                Ticket called = locked.get().call(counterId, now);
                if (TicketRows.update(c, called, TicketStatus.WAITING)) {
                    finishCall(c, session, called, choice.get().streakAfter(), actor, null, events, now);
                    return Optional.of(called);
                }
            }
            takenByOthers.add(ticketId);
        }
        throw Rejection.conflict("BUSY", "The queue is very busy; press call again");
    }

    private List<long[]> groupsOf(Connection c, long counterId) throws SQLException {
        long now = System.nanoTime();
        KeptGroups kept = groupsOfCounter.get(counterId);
        if (kept != null && now - kept.readAtNanos() < GROUPS_KEPT_NANOS) {
            return kept.groups();
        }
        List<long[]> groups = List.copyOf(QueueSql.groupsOfCounter(c, counterId));
        groupsOfCounter.put(counterId, new KeptGroups(groups, now));
        return groups;
    }

    /** Calls one waiting ticket out of turn; the reason is required and journaled. */
    public Ticket call(long counterId, long ticketId, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw Rejection.invalid("REASON_REQUIRED", "Calling a ticket out of turn needs a reason");
        }
        return tx.write((c, events) -> {
            CounterSession session = lockOwn(c, counterId, actor);
            session.requireFreeAndOpen();
            Ticket waiting = TicketRows.find(c, ticketId)
                    .filter(t -> t.centerId() == session.centerId())
                    .orElseThrow(() -> Rejection.notFound("TICKET_NOT_FOUND", "No ticket " + ticketId));
            Instant now = calendar.now();
            releaseIfStranded(c, waiting, counterId, actor, now);
            Ticket called = tryCall(c, session, ticketId, now).orElseThrow(() -> Rejection.conflict("TICKET_" + waiting.status(), "Ticket " + waiting.displayNumber() + " is no longer waiting"));
            finishCall(c, session, called, session.priorityStreak(), actor, reason.strip(), events, now);
            return called;
        });
    }

    /** A ticket sent to another counter that is not open now may be called here: it is released first. */
    private static void releaseIfStranded(Connection c, Ticket waiting, long counterId, Actor actor, Instant now)
            throws SQLException {
        Long target = waiting.targetCounterId();
        if (waiting.status() != TicketStatus.WAITING || target == null || target == counterId) {
            return;
        }
        boolean targetOpen = CounterSessions.find(c, target).map(s -> s.status() == CounterStatus.OPEN).orElse(false);
        if (!targetOpen && TicketRows.update(c, waiting.releaseFromCounter(), TicketStatus.WAITING)) {
            QueueSql.journal(c, waiting.centerId(), waiting.id(), counterId, actor.userId(), "RELEASED",
                    "counter " + target + " not open", now);
        }
    }

    private Optional<Ticket> tryCall(Connection c, CounterSession session, long ticketId, Instant now)
            throws SQLException {
        Optional<Ticket> waiting = TicketRows.find(c, ticketId).filter(t -> t.status() == TicketStatus.WAITING);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        Ticket called = waiting.get().call(session.counterId(), now);
        return TicketRows.update(c, called, TicketStatus.WAITING) ? Optional.of(called) : Optional.empty();
    }

    private void finishCall(Connection c, CounterSession session, Ticket called, int streak, Actor actor, String reason,
            java.util.function.Consumer<QueueEvent> events, Instant now) throws SQLException {
        CounterSessions.save(c, session.withCurrent(called.id(), streak));
        QueueSql.journal(c, called.centerId(), called.id(), session.counterId(), actor.userId(),
                reason == null ? "CALLED" : "CALLED_OUT_OF_TURN", reason, now);
        events.accept(new QueueEvent.TicketCalled(called, session.counterNumber(), now));
    }

    private CounterSession changeStatus(long counterId, Actor actor,
            java.util.function.UnaryOperator<CounterSession> change, String reason) {
        return tx.write((c, events) -> changeStatusIn(c, counterId, actor, change, reason, events));
    }

    private static CounterSession changeStatusIn(Connection c, long counterId, Actor actor,
            java.util.function.UnaryOperator<CounterSession> change, String reason,
            java.util.function.Consumer<QueueEvent> events) throws SQLException {
        CounterSession after = change.apply(lockOwn(c, counterId, actor));
        CounterSessions.save(c, after);
        QueueSql.journal(c, after.centerId(), null, counterId, actor.userId(), "COUNTER_" + after.status(), reason,
                after.changedAt());
        events.accept(new QueueEvent.CounterStatusChanged(after.centerId(), counterId, after.counterNumber(),
                after.status(), after.pauseReason(), after.changedAt()));
        return after;
    }

    /** Locks the counter and checks that this actor may work it. */
    static CounterSession lockOwn(Connection c, long counterId, Actor actor) throws SQLException {
        return lockOwnWithCurrent(c, counterId, actor).session();
    }

    /** Locks the counter, and the ticket at it, and checks that this actor may work it. */
    static CounterSessions.Locked lockOwnWithCurrent(Connection c, long counterId, Actor actor) throws SQLException {
        CounterSessions.Locked locked = CounterSessions.lockWithCurrent(c, counterId);
        CounterSession session = locked.session();
        if (session.officerId() != null && !session.officerId().equals(actor.userId()) && !actor.supervisor()) {
            throw Rejection.forbidden("COUNTER_OF_OTHER_OFFICER", "Counter " + session.counterNumber()
                    + " is worked by another officer");
        }
        return locked;
    }
}
