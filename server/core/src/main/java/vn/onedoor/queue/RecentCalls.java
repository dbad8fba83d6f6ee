package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;

/** The last calls of today at a center, newest first: the wall board's "missed your call?" list. */
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
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.display_number, k.number, t.called_at "
                    + "FROM ticket t JOIN counter k ON k.id = t.counter_id WHERE t.center_id = ? AND t.business_date = ? "
                    + "AND t.called_at IS NOT NULL ORDER BY t.called_at DESC LIMIT ?")) {
                ps.setLong(1, centerId);
                ps.setObject(2, calendar.today(center));
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        calls.add(new Call(rs.getLong(1), rs.getString(2), rs.getInt(3),
                                rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC)));
                    }
                }
            }
            return calls;
        });
    }
}
