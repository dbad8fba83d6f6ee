package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.onedoor.center.Center;
import vn.onedoor.platform.db.Jdbc;

/**
 * Every center of a province at a glance: how many people wait, how many counters are open, and
 * how many of its groups raise an alert (people waiting with no counter open for them, or more
 * waiting or a longer wait than the center's thresholds). A handful of grouped queries, whatever
 * the number of centers.
 */
@Singleton
public class ProvinceOverview {

    private final QueueTransactions tx;
    private final BusinessCalendar calendar;

    ProvinceOverview(QueueTransactions tx, BusinessCalendar calendar) {
        this.tx = tx;
        this.calendar = calendar;
    }

    /** One center's live figures. */
    public record Line(long centerId, long waiting, int openCounters, int alerts) {}

    public Map<Long, Line> of(List<Center> centers) {
        Instant now = calendar.now();
        // tickets of today in any time zone of the country, and yesterday's that still wait
        LocalDate since = now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
        return tx.read((c, events) -> {
            Map<Long, Integer> open = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT center_id, COUNT(*) FROM counter_session "
                    + "WHERE status = 'OPEN' GROUP BY center_id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    open.put(rs.getLong(1), rs.getInt(2));
                }
            }
            Map<Long, long[]> byCenter = new HashMap<>();
            Map<Long, AlertThresholds> thresholds = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT t.center_id, t.service_group_id, COUNT(*), MIN(t.issued_at) AS oldest,
                           EXISTS (SELECT 1 FROM counter_service_group csg
                                   JOIN counter_session s ON s.counter_id = csg.counter_id AND s.status = 'OPEN'
                                   WHERE csg.service_group_id = t.service_group_id) AS served
                    FROM ticket t
                    WHERE t.status = 'WAITING' AND t.business_date >= ?
                    GROUP BY t.center_id, t.service_group_id""")) {
                ps.setObject(1, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long center = rs.getLong(1);
                        long waiting = rs.getLong(3);
                        Instant oldest = Jdbc.getInstant(rs, "oldest");
                        boolean served = rs.getBoolean(5);
                        AlertThresholds limits = thresholds.computeIfAbsent(center, k -> {
                            try {
                                return vn.onedoor.queue.internal.ScreenSql.thresholds(c, k)
                                        .map(t -> new AlertThresholds(t[0], t[1])).orElse(AlertThresholds.DEFAULT);
                            } catch (java.sql.SQLException e) {
                                throw vn.onedoor.platform.db.DatabaseErrors.translate(e);
                            }
                        });
                        boolean alert = !served || waiting > limits.maxWaiting() || (oldest != null
                                && java.time.Duration.between(oldest, now).toMinutes() > limits.maxWaitMinutes());
                        long[] sums = byCenter.computeIfAbsent(center, k -> new long[2]);
                        sums[0] += waiting;
                        sums[1] += alert ? 1 : 0;
                    }
                }
            }
            Map<Long, Line> out = new HashMap<>();
            for (Center center : centers) {
                long[] sums = byCenter.getOrDefault(center.id(), new long[2]);
                out.put(center.id(), new Line(center.id(), sums[0], open.getOrDefault(center.id(), 0), (int) sums[1]));
            }
            return out;
        });
    }
}
