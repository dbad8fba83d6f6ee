package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;

/**
 * The last calls of today at a center, newest first: the wall board's "missed your call?" list.
 * Read from the journal of calls, so a call stays in the list when its ticket moves on (transferred
 * back to waiting, completed); a ticket called twice shows its newest call.
 */
@Singleton
public class RecentCalls {

    private final QueueTransactions tx;
    private final CenterDirectory directory;
    private final BusinessCalendar calendar;

    RecentCalls(QueueTransactions tx, CenterDirectory directory, BusinessCalendar calendar) {
        this.tx = tx;
        this.directory = directory;
        this.calendar = calendar;
    }

    public record Call(long ticketId, String number, int counterNumber, Instant calledAt) {}

    public List<Call> of(long centerId, int limit) {
        Center center = directory.center(centerId).orElseThrow();
        return tx.read((c, events) -> {
            List<Call> calls = new ArrayList<>();
            LocalDateTime dayStart = LocalDateTime.ofInstant(calendar.today(center).atStartOfDay(ZoneId.of(center.timeZone()))
                    .toInstant(), ZoneOffset.UTC);
            try (PreparedStatement ps = c.prepareStatement("SELECT j.ticket_id, t.display_number, k.number, j.at "
                    + "FROM queue_journal j JOIN ticket t ON t.id = j.ticket_id JOIN counter k ON k.id = j.counter_id "
                    + "WHERE j.center_id = ? AND j.at >= ? AND j.type IN ('CALLED', 'CALLED_OUT_OF_TURN') "
                    + "ORDER BY j.at DESC, j.id DESC LIMIT ?")) {
                ps.setLong(1, centerId);
                ps.setObject(2, dayStart);
                ps.setInt(3, limit * 2);
                Set<Long> seen = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && calls.size() < limit) {
                        if (seen.add(rs.getLong(1))) {
                            calls.add(new Call(rs.getLong(1), rs.getString(2), rs.getInt(3),
                                    rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                        }
                    }
                }
            }
            return calls;
        });
    }
}
