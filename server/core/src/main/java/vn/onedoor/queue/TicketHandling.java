package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.queue.internal.CounterSessions;
import vn.onedoor.queue.internal.QueueSql;
import vn.onedoor.queue.internal.TicketRows;
import vn.onedoor.queue.model.CounterSession;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.QueueEvent;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.QueueRules;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/**
 * What an officer does with the ticket at the counter: recall, no-show, start, park, complete,
 * transfer; and bringing back a parked ticket or a no-show. Each is one transaction under the
 * counter's row lock, journaled, with its event published after commit.
 */
@Singleton
public class TicketHandling {

    private final QueueTransactions tx;
    private final CenterDirectory directory;
    private final BusinessCalendar calendar;
    private final QueueRules rules;

    TicketHandling(QueueTransactions tx, CenterDirectory directory, BusinessCalendar calendar, QueueRules rules) {
        this.tx = tx;
        this.directory = directory;
        this.calendar = calendar;
        this.rules = rules;
    }

    public Ticket recall(long counterId, Actor actor) {
        return atCounter(counterId, actor, "RECALLED", null, (t, now) -> t.recall(), QueueEvent.TicketRecalled::new);
    }

    public Ticket noShow(long counterId, Actor actor) {
        return atCounter(counterId, actor, "NO_SHOW", null, (t, now) -> t.noShow(rules, now), QueueEvent.TicketNoShow::new);
    }

    public Ticket start(long counterId, Actor actor) {
        return atCounter(counterId, actor, "SERVING", null, (t, now) -> t.start(now), QueueEvent.TicketServing::new);
    }

    public Ticket park(long counterId, Actor actor) {
        return atCounter(counterId, actor, "PARKED", null, (t, now) -> t.park(), QueueEvent.TicketParked::new);
    }

    public Ticket complete(long counterId, String outcome, Actor actor) {
        return tx.write((c, events) -> completeIn(c, CounterDesk.lockOwnWithCurrent(c, counterId, actor), outcome, actor,
                events));
    }

    /** Completes the ticket at a counter whose session the caller has locked; the session is then free. */
    Ticket completeIn(Connection c, CounterSessions.Locked locked, String outcome, Actor actor,
            Consumer<QueueEvent> events) throws SQLException {
        CounterSession session = locked.session();
        if (outcome == null || (!Outcomes.STANDARD.contains(outcome)
                && !QueueSql.centerHasOutcome(c, session.centerId(), outcome))) {
            throw Rejection.invalid("UNKNOWN_OUTCOME", "Outcome must be one of " + Outcomes.STANDARD
                    + " or one the center added");
        }
        return change(c, locked, actor, "COMPLETED", outcome, (t, now) -> t.complete(outcome, now),
                QueueEvent.TicketCompleted::new, events);
    }

    /** Sends the ticket at the counter back to waiting: in another group, or for one counter. */
    public Ticket transfer(long counterId, Long toServiceGroupId, Long toCounterId, boolean keepPlace, Actor actor) {
        if ((toServiceGroupId == null) == (toCounterId == null)) {
            throw Rejection.invalid("TRANSFER_TARGET", "Transfer to a service group or to a counter, one of the two");
        }
        return tx.write((c, events) -> {
            CounterSessions.Locked locked = CounterDesk.lockOwnWithCurrent(c, counterId, actor);
            CounterSession session = locked.session();
            String detail;
            if (toServiceGroupId != null) {
                directory.serviceGroups(session.centerId()).stream().filter(g -> g.id().equals(toServiceGroupId))
                        .findFirst().orElseThrow(() -> Rejection.notFound("SERVICE_GROUP_NOT_FOUND",
                                "No service group " + toServiceGroupId + " at this center"));
                detail = "group " + toServiceGroupId + (keepPlace ? ", place kept" : ", at the end");
            } else {
                directory.counter(toCounterId).filter(k -> k.centerId().equals(session.centerId()))
                        .orElseThrow(() -> Rejection.notFound("COUNTER_NOT_FOUND", "No counter " + toCounterId));
                detail = "counter " + toCounterId + (keepPlace ? ", place kept" : ", at the end");
            }
            return change(c, locked, actor, "TRANSFERRED", detail, (t, now) -> toServiceGroupId != null
                    ? t.transferToGroup(toServiceGroupId, keepPlace, now)
                    : t.transferToCounter(toCounterId, keepPlace, now), QueueEvent.TicketTransferred::new, events);
        });
    }

    /**
     * Moves every ticket waiting in a group of a center to another group of it, places and numbers
     * kept (a group being retired); journaled as MOVED. Returns how many moved.
     */
    public int moveWaiting(long centerId, long fromGroupId, long toGroupId, Long userId) {
        directory.serviceGroups(centerId).stream().filter(g -> g.id().equals(toGroupId)).findFirst()
                .orElseThrow(() -> Rejection.notFound("SERVICE_GROUP_NOT_FOUND", "No service group " + toGroupId
                        + " in service at this center"));
        return tx.write((c, events) -> {
            Instant now = calendar.now();
            int moved = 0;
            for (Ticket t : TicketRows.waitingOfGroup(c, centerId, fromGroupId)) {
                Ticket after = t.moveToGroup(toGroupId);
                if (TicketRows.update(c, after, TicketStatus.WAITING)) {
                    QueueSql.addWaiting(c, fromGroupId, t.businessDate(), t.priority().isPriority(), -1);
                    QueueSql.addWaiting(c, toGroupId, t.businessDate(), t.priority().isPriority(), 1);
                    QueueSql.journal(c, centerId, t.id(), null, userId, "MOVED", "group " + fromGroupId + " retired", now);
                    events.accept(new QueueEvent.TicketTransferred(after, null, now));
                    moved++;
                }
            }
            return moved;
        });
    }

    /** How many tickets wait in a group now (any day: a ticket left from yesterday is still a person's). */
    public int waitingIn(long centerId, long groupId) {
        return tx.read((c, events) -> TicketRows.countWaitingOfGroup(c, centerId, groupId));
    }

    /** Brings a parked ticket back to this (free, open) counter to be served again. */
    public Ticket resume(long counterId, long ticketId, Actor actor) {
        return tx.write((c, events) -> {
            CounterSession session = CounterDesk.lockOwn(c, counterId, actor);
            session.requireFreeAndOpen();
            Ticket parked = ticketOfCenter(c, ticketId, session.centerId());
            Instant now = calendar.now();
            Ticket resumed = parked.resume(counterId, now);
            write(c, resumed, parked.status());
            CounterSessions.save(c, session.withCurrent(resumed.id(), session.priorityStreak()));
            QueueSql.journal(c, resumed.centerId(), resumed.id(), counterId, actor.userId(), "RESUMED", null, now);
            events.accept(new QueueEvent.TicketServing(resumed, session.counterNumber(), now));
            return resumed;
        });
    }

    /** A citizen who missed the call comes back within the window: to the end of the queue. */
    public Ticket rejoin(long centerId, long ticketId, Long userId) {
        return tx.write((c, events) -> {
            Ticket missed = ticketOfCenter(c, ticketId, centerId);
            Instant now = calendar.now();
            Ticket back = missed.rejoin(rules, now);
            write(c, back, missed.status());
            QueueSql.journal(c, centerId, back.id(), null, userId, "REJOINED", null, now);
            events.accept(new QueueEvent.TicketRejoined(back, null, now));
            return back;
        });
    }

    @FunctionalInterface
    private interface EventOf {
        QueueEvent of(Ticket ticket, Integer counterNumber, Instant at);
    }

    private Ticket atCounter(long counterId, Actor actor, String type, String detail,
            BiFunction<Ticket, Instant, Ticket> transition, EventOf event) {
        return tx.write((c, events) -> change(c, CounterDesk.lockOwnWithCurrent(c, counterId, actor), actor, type,
                detail, transition, event, events));
    }

    private Ticket change(Connection c, CounterSessions.Locked locked, Actor actor, String type, String detail,
            BiFunction<Ticket, Instant, Ticket> transition, EventOf event, Consumer<QueueEvent> events)
            throws SQLException {
        CounterSession session = locked.session();
        long ticketId = session.requireCurrent();
        // the ticket at the counter came locked with the counter's session
        Ticket before = locked.current().filter(t -> t.id() == ticketId && t.centerId() == session.centerId())
                .orElseThrow(() -> Rejection.notFound("TICKET_NOT_FOUND", "No ticket " + ticketId));
        Instant now = calendar.now();
        Ticket after = transition.apply(before, now);
        write(c, after, before.status());
        boolean stillHere = after.status().atCounter() && after.counterId() != null
                && after.counterId() == session.counterId();
        CounterSessions.save(c, session.withCurrent(stillHere ? after.id() : null, session.priorityStreak()));
        QueueSql.journal(c, after.centerId(), after.id(), session.counterId(), actor.userId(), type, detail, now);
        events.accept(event.of(after, session.counterNumber(), now));
        return after;
    }

    private static Ticket ticketOfCenter(Connection c, long ticketId, long centerId) throws SQLException {
        return TicketRows.find(c, ticketId).filter(t -> t.centerId() == centerId)
                .orElseThrow(() -> Rejection.notFound("TICKET_NOT_FOUND", "No ticket " + ticketId));
    }

    private static void write(Connection c, Ticket after, TicketStatus expected) throws SQLException {
        if (!TicketRows.update(c, after, expected)) {
            throw Rejection.conflict("TICKET_CHANGED", "Ticket " + after.displayNumber() + " was changed meanwhile");
        }
    }
}
