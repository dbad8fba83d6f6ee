package vn.onedoor.queue.internal;

import vn.onedoor.platform.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the staff screens read and remember beyond the queue itself: the day's figures per group
 * and per counter, officers' names, the counter each staff member chose, alert thresholds.
 */
public final class ScreenSql {

    /** Per group: today's waiting tickets sent to a counter that is not open now. */
    public static Map<Long, Long> strandedByGroup(Connection c, long centerId, LocalDate day) throws SQLException {
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.service_group_id, COUNT(*) FROM ticket t "
                + "LEFT JOIN counter_session s ON s.counter_id = t.target_counter_id WHERE t.center_id = ? "
                + "AND t.business_date = ? AND t.status = 'WAITING' AND t.target_counter_id IS NOT NULL "
                + "AND COALESCE(s.status, 'CLOSED') <> 'OPEN' GROUP BY t.service_group_id")) {
            ps.setLong(1, centerId);
            ps.setObject(2, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private ScreenSql() {}

    /** A day's figure of a group or a counter: how many were served and an average in seconds. */
    public record DayFigure(long served, long averageSeconds) {
        public static final DayFigure NONE = new DayFigure(0, 0);
    }

    /**
     * Per service group: tickets completed on the date, and the average wait from issuing to the
     * (latest) call of the tickets called that day.
     */
    public static Map<Long, DayFigure> groupsOfDay(Connection c, long centerId, LocalDate date) throws SQLException {
        String sql = "SELECT service_group_id, SUM(status = 'COMPLETED'), "
                + "AVG(TIMESTAMPDIFF(SECOND, issued_at, called_at)) FROM ticket "
                + "WHERE center_id = ? AND business_date = ? AND called_at IS NOT NULL GROUP BY service_group_id";
        return figures(c, sql, centerId, date);
    }

    /** Per counter: tickets completed on the date and their average service time. */
    public static Map<Long, DayFigure> countersOfDay(Connection c, long centerId, LocalDate date) throws SQLException {
        String sql = "SELECT counter_id, COUNT(*), AVG(TIMESTAMPDIFF(SECOND, serving_at, finished_at)) FROM ticket "
                + "WHERE center_id = ? AND business_date = ? AND status = 'COMPLETED' GROUP BY counter_id";
        return figures(c, sql, centerId, date);
    }

    /** One counter's completed tickets of the date and their average service time. */
    public static DayFigure counterOfDay(Connection c, long counterId, LocalDate date) throws SQLException {
        String sql = "SELECT counter_id, COUNT(*), AVG(TIMESTAMPDIFF(SECOND, serving_at, finished_at)) FROM ticket "
                + "WHERE counter_id = ? AND business_date = ? AND status = 'COMPLETED' GROUP BY counter_id";
        return figures(c, sql, counterId, date).getOrDefault(counterId, DayFigure.NONE);
    }

    private static Map<Long, DayFigure> figures(Connection c, String sql, long id, LocalDate date)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.setObject(2, date);
            Map<Long, DayFigure> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new DayFigure(rs.getLong(2), Math.round(rs.getDouble(3))));
                }
            }
            return out;
        }
    }

    /** The full names of the officers working the counters of a center, by user id. */
    public static Map<Long, String> officerNames(Connection c, long centerId) throws SQLException {
        String sql = "SELECT u.id, u.full_name FROM counter_session s JOIN staff_user u ON u.id = s.officer_id "
                + "WHERE s.center_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, centerId);
            Map<Long, String> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
            return out;
        }
    }

    public static Optional<Long> chosenCounter(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT counter_id FROM staff_counter_choice WHERE user_id = ?")) {
            ps.setLong(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    public static void chooseCounter(Connection c, long userId, long counterId, Instant at) throws SQLException {
        String sql = "INSERT INTO staff_counter_choice (user_id, counter_id, chosen_at) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE counter_id = VALUES(counter_id), chosen_at = VALUES(chosen_at)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, userId);
            ps.setLong(2, counterId);
            Jdbc.setInstant(ps, 3, at);
            ps.executeUpdate();
        }
    }

    /** {maxWaiting, maxWaitMinutes} of a center, if its manager set them. */
    public static Optional<int[]> thresholds(Connection c, long centerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT max_waiting, max_wait_minutes FROM queue_alert_threshold WHERE center_id = ?")) {
            ps.setLong(1, centerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new int[] {rs.getInt(1), rs.getInt(2)}) : Optional.empty();
            }
        }
    }

    public static void saveThresholds(Connection c, long centerId, int maxWaiting, int maxWaitMinutes)
            throws SQLException {
        String sql = "INSERT INTO queue_alert_threshold (center_id, max_waiting, max_wait_minutes) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE max_waiting = VALUES(max_waiting), max_wait_minutes = VALUES(max_wait_minutes)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, centerId);
            ps.setInt(2, maxWaiting);
            ps.setInt(3, maxWaitMinutes);
            ps.executeUpdate();
        }
    }
}
