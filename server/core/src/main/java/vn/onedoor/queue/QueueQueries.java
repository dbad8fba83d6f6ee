package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.queue.internal.CounterSessions;
import vn.onedoor.queue.internal.TicketRows;
import vn.onedoor.queue.model.CounterSession;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.Ticket;

/** Read views of the queue for the API and the screens. */
@Singleton
public class QueueQueries {

    private final QueueTransactions tx;
    private final CenterDirectory directory;
    private final BusinessCalendar calendar;

    QueueQueries(QueueTransactions tx, CenterDirectory directory, BusinessCalendar calendar) {
        this.tx = tx;
        this.directory = directory;
        this.calendar = calendar;
    }

    public record GroupLine(long serviceGroupId, String prefix, String name, long waiting, long longestWaitSeconds) {}

    public record CounterLine(CounterSession session, Ticket currentTicket) {}

    public record Overview(List<GroupLine> serviceGroups, List<CounterLine> counters) {}

    public Optional<Ticket> ticket(long id) {
        return tx.read((c, events) -> TicketRows.find(c, id));
    }

    /** Each group's waiting count and longest wait, and each counter's state and ticket. */
    public Overview overview(long centerId) {
        Center center = directory.center(centerId)
                .orElseThrow(() -> Rejection.notFound("CENTER_NOT_FOUND", "No center " + centerId));
        LocalDate today = calendar.today(center);
        Instant now = calendar.now();
        return tx.read((c, events) -> {
            Map<Long, long[]> waiting = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT service_group_id, COUNT(*), MIN(queue_key) FROM ticket "
                    + "WHERE center_id = ? AND business_date = ? AND status = 'WAITING' GROUP BY service_group_id")) {
                ps.setLong(1, centerId);
                ps.setObject(2, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        waiting.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    }
                }
            }
            List<GroupLine> groups = new ArrayList<>();
            for (ServiceGroup g : directory.serviceGroups(centerId)) {
                long[] w = waiting.getOrDefault(g.id(), new long[] {0, 0});
                long longest = w[0] == 0 ? 0
                        : Math.max(0, Duration.between(Ticket.instantOfQueueKey(w[1]), now).toSeconds());
                groups.add(new GroupLine(g.id(), g.prefix(), g.name(), w[0], longest));
            }
            List<CounterLine> counters = new ArrayList<>();
            for (CounterSession s : CounterSessions.ofCenter(c, centerId)) {
                Ticket current = s.currentTicketId() == null ? null : TicketRows.find(c, s.currentTicketId()).orElse(null);
                counters.add(new CounterLine(s, current));
            }
            return new Overview(groups, counters);
        });
    }

    /** Waiting tickets of a group, in calling order within priority and normal. */
    public List<Ticket> waiting(long serviceGroupId, int limit) {
        ServiceGroup group = directory.serviceGroup(serviceGroupId)
                .orElseThrow(() -> Rejection.notFound("SERVICE_GROUP_NOT_FOUND", "No service group " + serviceGroupId));
        Center center = directory.center(group.centerId()).orElseThrow();
        return tx.read((c, events) -> TicketRows.waiting(c, serviceGroupId, calendar.today(center), limit));
    }
}
