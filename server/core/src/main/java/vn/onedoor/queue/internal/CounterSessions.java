package vn.onedoor.queue.internal;

import vn.onedoor.platform.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.onedoor.queue.model.CounterSession;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.Ticket;

/** Counter sessions; {@link #lock} takes the row lock that serialises one counter's actions. */
public final class CounterSessions {

    private CounterSessions() {}

    /** A counter's locked session and the ticket at the counter, locked with it. */
    public record Locked(CounterSession session, Optional<Ticket> current) {}

    private static final String WITH_CURRENT = "SELECT s.counter_id, c.center_id, c.number, s.status, s.officer_id, "
            + "s.pause_reason, s.current_ticket_id, s.priority_streak, s.changed_at, " + TicketRows.columnsOf("t", "t_")
            + " FROM counter c JOIN counter_session s ON s.counter_id = c.id "
            + "LEFT JOIN ticket t ON t.id = s.current_ticket_id WHERE c.id = ? FOR UPDATE";

    public static CounterSession lock(Connection c, long counterId) throws SQLException {
        return lockWithCurrent(c, counterId).session();
    }

    /**
     * Locks the counter's session, and the ticket at the counter if there is one, in one statement:
     * what every action on that ticket starts with.
     */
    public static Locked lockWithCurrent(Connection c, long counterId) throws SQLException {
        Optional<Locked> locked = selectForUpdate(c, counterId);
        if (locked.isPresent()) {
            return locked.get();
        }
        // the counter's first session ever
        try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO counter_session (counter_id, center_id, status) "
                + "SELECT id, center_id, 'CLOSED' FROM counter WHERE id = ?")) {
            ps.setLong(1, counterId);
            ps.executeUpdate();
        }
        return selectForUpdate(c, counterId)
                .orElseThrow(() -> Rejection.notFound("COUNTER_NOT_FOUND", "No counter " + counterId));
    }

    private static Optional<Locked> selectForUpdate(Connection c, long counterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(WITH_CURRENT)) {
            ps.setLong(1, counterId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                CounterSession session = map(rs);
                rs.getLong("t_id");
                Optional<Ticket> current = rs.wasNull() ? Optional.empty() : Optional.of(TicketRows.map(rs, "t_"));
                return Optional.of(new Locked(session, current));
            }
        }
    }

    /** A counter's session without locking it, for screens; closed when it never opened. */
    public static Optional<CounterSession> find(Connection c, long counterId) throws SQLException {
        String sql = "SELECT c.id AS counter_id, c.center_id, c.number, COALESCE(s.status, 'CLOSED') AS status, "
                + "s.officer_id, s.pause_reason, s.current_ticket_id, COALESCE(s.priority_streak, 0) AS priority_streak, "
                + "s.changed_at FROM counter c LEFT JOIN counter_session s ON s.counter_id = c.id WHERE c.id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, counterId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public static void save(Connection c, CounterSession s) throws SQLException {
        String sql = "UPDATE counter_session SET status = ?, officer_id = ?, pause_reason = ?, current_ticket_id = ?, "
                + "priority_streak = ?, changed_at = COALESCE(?, changed_at) WHERE counter_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.status().name());
            Jdbc.setLong(ps, 2, s.officerId());
            ps.setString(3, s.pauseReason());
            Jdbc.setLong(ps, 4, s.currentTicketId());
            ps.setInt(5, s.priorityStreak());
            Jdbc.setInstant(ps, 6, s.changedAt());
            ps.setLong(7, s.counterId());
            ps.executeUpdate();
        }
    }

    /** Every counter of a center with its session, closed when it never opened. */
    public static List<CounterSession> ofCenter(Connection c, long centerId) throws SQLException {
        String sql = "SELECT c.id AS counter_id, c.center_id, c.number, COALESCE(s.status, 'CLOSED') AS status, "
                + "s.officer_id, s.pause_reason, s.current_ticket_id, COALESCE(s.priority_streak, 0) AS priority_streak, "
                + "s.changed_at FROM counter c LEFT JOIN counter_session s ON s.counter_id = c.id "
                + "WHERE c.center_id = ? ORDER BY c.number";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, centerId);
            List<CounterSession> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    /**
     * The open counters' worth for a group: each open counter serving it gives its weight for the
     * group over the sum of its weights (a counter shared by two groups at 3:1 is 0.75 of a counter
     * for the first).
     */
    public static double openServing(Connection c, long groupId) throws SQLException {
        String sql = "SELECT COALESCE(SUM(g.weight / t.total), 0) FROM counter_session s "
                + "JOIN counter_service_group g ON g.counter_id = s.counter_id "
                + "JOIN (SELECT counter_id, SUM(weight) AS total FROM counter_service_group GROUP BY counter_id) t "
                + "ON t.counter_id = s.counter_id WHERE g.service_group_id = ? AND s.status = 'OPEN'";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getDouble(1);
            }
        }
    }

    private static CounterSession map(ResultSet rs) throws SQLException {
        return new CounterSession(rs.getLong("counter_id"), rs.getLong("center_id"), rs.getInt("number"),
                CounterStatus.valueOf(rs.getString("status")), Jdbc.getLong(rs, "officer_id"),
                rs.getString("pause_reason"), Jdbc.getLong(rs, "current_ticket_id"), rs.getInt("priority_streak"),
                Jdbc.getInstant(rs, "changed_at"));
    }
}
