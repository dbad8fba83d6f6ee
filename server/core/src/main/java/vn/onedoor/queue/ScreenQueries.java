package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.onedoor.queue.QueueQueries.CounterLine;
import vn.onedoor.queue.QueueQueries.GroupLine;
import vn.onedoor.queue.internal.CounterSessions;
import vn.onedoor.queue.internal.QueueSql;
import vn.onedoor.queue.internal.ScreenSql;
import vn.onedoor.queue.internal.ScreenSql.DayFigure;
import vn.onedoor.queue.internal.TicketRows;
import vn.onedoor.queue.model.CounterSession;
import java.util.Set;
import java.util.stream.Collectors;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.Ticket;

/** What the counter screen and the manager's dashboard show, each read in one go. */
@Singleton
public class ScreenQueries {

    private final QueueTransactions tx;
    private final QueueQueries queries;
    private final ScreenSettings settings;
    private final BusinessCalendar calendar;
    private final vn.onedoor.center.CenterDirectory directory;

    ScreenQueries(QueueTransactions tx, QueueQueries queries, ScreenSettings settings, BusinessCalendar calendar,
            vn.onedoor.center.CenterDirectory directory) {
        this.directory = directory;
        this.tx = tx;
        this.queries = queries;
        this.settings = settings;
        this.calendar = calendar;
    }

    /**
     * A counter now: its session and ticket, who waits for it (tickets sent to it first, then
     * priority, then the longest waiting; at most {@code limit}), how many wait in all, the tickets
     * it parked, and how many it served today and how long a service took on average.
     */
    public record Desk(CounterSession session, Ticket current, List<Ticket> waiting, long waitingTotal,
            List<Ticket> parked, long servedToday, long averageServiceSeconds, Instant at) {}

    public Desk desk(long counterId, int limit) {
        return tx.read((c, events) -> {
            CounterSession session = CounterSessions.find(c, counterId)
                    .orElseThrow(() -> Rejection.notFound("COUNTER_NOT_FOUND", "No counter " + counterId));
            LocalDate today = calendar.today(session.centerId());
            Ticket current = session.currentTicketId() == null ? null
                    : TicketRows.find(c, session.currentTicketId()).orElse(null);
            List<Ticket> sentHere = TicketRows.waitingSentTo(c, counterId, limit);
            List<Ticket> inGroups = new ArrayList<>();
            List<long[]> groups = QueueSql.groupsOfCounter(c, counterId);
            Set<Long> openCounters = CounterSessions.ofCenter(c, session.centerId()).stream()
                    .filter(s -> s.status() == CounterStatus.OPEN).map(CounterSession::counterId)
                    .collect(Collectors.toSet());
            // What this counter can call, as the list shows it: the groups' counts hold the tickets sent
            // here from those groups already, and those sent to another counter are not this one's.
            long total = sentHere.stream().filter(t -> groups.stream().noneMatch(g -> g[0] == t.serviceGroupId()))
                    .count();
            for (long[] group : groups) {
                int[] counts = QueueSql.waiting(c, group[0], today);
                total += counts[0] + counts[1] - QueueSql.waitingSentElsewhere(c, group[0], today, counterId);
                // a ticket sent to a counter that is not open now is offered here too
                TicketRows.waiting(c, group[0], today, limit).stream()
                        .filter(t -> t.targetCounterId() == null || (t.targetCounterId() != counterId
                                && !openCounters.contains(t.targetCounterId())))
                        .forEach(inGroups::add);
            }
            inGroups.sort(Comparator.comparing((Ticket t) -> !t.priority().isPriority())
                    .thenComparingLong(Ticket::queueKey).thenComparing(Ticket::id));
            List<Ticket> waiting = new ArrayList<>(sentHere);
            waiting.addAll(inGroups);
            DayFigure day = ScreenSql.counterOfDay(c, counterId, today);
            return new Desk(session, current, List.copyOf(waiting.subList(0, Math.min(limit, waiting.size()))), total,
                    TicketRows.parkedAt(c, counterId, today), day.served(), day.averageSeconds(), calendar.now());
        });
    }

    /** @param calledToday whether any ticket was called today, so the average wait means something (even 0) */
    public record GroupFigures(GroupLine line, long servedToday, long averageWaitSeconds, boolean calledToday) {}

    public record CounterFigures(CounterLine line, String officerName, long servedToday,
            long averageServiceSeconds) {}

    /** The manager's view of a center: each group and counter with today's figures, and what is over a threshold. */
    public record Dashboard(List<GroupFigures> groups, List<CounterFigures> counters, AlertThresholds thresholds,
            List<AlertThresholds.Alert> alerts, Instant at) {}

    /**
     * Groups where people wait and no counter is open, and tickets sent to a counter that is not
     * open (its officer paused): the manager sees them, and the group's other counters are offered them.
     */
    private List<AlertThresholds.Alert> unserved(java.sql.Connection c, long centerId, LocalDate today,
            QueueQueries.Overview overview) throws java.sql.SQLException {
        Set<Long> open = overview.counters().stream().filter(l -> l.session().status() == CounterStatus.OPEN)
                .map(l -> l.session().counterId()).collect(Collectors.toSet());
        Map<Long, Long> stranded = ScreenSql.strandedByGroup(c, centerId, today);
        List<vn.onedoor.center.CounterOverview> counters = directory.counters(centerId);
        List<AlertThresholds.Alert> alerts = new ArrayList<>();
        for (GroupLine g : overview.serviceGroups()) {
            boolean served = counters.stream().anyMatch(k -> open.contains(k.counter().id())
                    && k.serves().stream().anyMatch(a -> a.serviceGroupId() == g.serviceGroupId()));
            if (g.waiting() > 0 && !served) {
                alerts.add(new AlertThresholds.Alert(g.serviceGroupId(), g.prefix(), g.name(),
                        AlertThresholds.Kind.NO_OPEN_COUNTER, g.waiting(), 0));
            }
            long n = stranded.getOrDefault(g.serviceGroupId(), 0L);
            if (n > 0) {
                alerts.add(new AlertThresholds.Alert(g.serviceGroupId(), g.prefix(), g.name(),
                        AlertThresholds.Kind.STRANDED, n, 0));
            }
        }
        return alerts;
    }

    public Dashboard dashboard(long centerId) {
        QueueQueries.Overview overview = queries.overview(centerId);
        AlertThresholds thresholds = settings.thresholds(centerId);
        return tx.read((c, events) -> {
            LocalDate today = calendar.today(centerId);
            Map<Long, DayFigure> groupDays = ScreenSql.groupsOfDay(c, centerId, today);
            Map<Long, DayFigure> counterDays = ScreenSql.countersOfDay(c, centerId, today);
            Map<Long, String> names = ScreenSql.officerNames(c, centerId);
            List<GroupFigures> groups = overview.serviceGroups().stream().map(g -> {
                DayFigure d = groupDays.getOrDefault(g.serviceGroupId(), DayFigure.NONE);
                return new GroupFigures(g, d.served(), d.averageSeconds(), groupDays.containsKey(g.serviceGroupId()));
            }).toList();
            List<CounterFigures> counters = overview.counters().stream().map(k -> {
                DayFigure d = counterDays.getOrDefault(k.session().counterId(), DayFigure.NONE);
                Long officer = k.session().officerId();
                return new CounterFigures(k, officer == null ? null : names.get(officer), d.served(),
                        d.averageSeconds());
            }).toList();
            List<AlertThresholds.Alert> alerts = new ArrayList<>(thresholds.check(overview.serviceGroups()));
            alerts.addAll(unserved(c, centerId, today, overview));
            return new Dashboard(groups, counters, thresholds, alerts, calendar.now());
        });
    }
}
