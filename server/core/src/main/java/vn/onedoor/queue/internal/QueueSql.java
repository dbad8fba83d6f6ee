package vn.onedoor.queue.internal;

import vn.onedoor.platform.db.Jdbc;
import vn.onedoor.platform.rules.Rejection;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.onedoor.queue.model.NextTicketPolicy;
import vn.onedoor.queue.model.NextTicketPolicy.GroupHeads;

/** Numbering, the journal, outcomes and group lookups of the queue. */
public final class QueueSql {

    private QueueSql() {}

    /**
     * Reserves {@code count} consecutive numbers of a group on a date; returns the last of them.
     * The sequence row stays locked until the caller's transaction ends, so numbers are handed out
     * one transaction at a time and a rolled-back ticket gives its number back: never a duplicate,
     * never a gap.
     */
    /**
     * Refuses to open a retired counter, and a counter an officer is not given when the
     * administrator listed the counters the officer may open (none listed: any of the center's).
     * A supervisor may open any counter.
     */
    public static void requireMayOpen(Connection c, long counterId, long userId, boolean supervisor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT number, retired_at IS NOT NULL, "
                + "(SELECT COUNT(*) FROM staff_counter WHERE user_id = ?), "
                + "(SELECT COUNT(*) FROM staff_counter WHERE user_id = ? AND counter_id = ?) FROM counter WHERE id = ?")) {
            ps.setLong(1, userId);
            ps.setLong(2, userId);
            ps.setLong(3, counterId);
            ps.setLong(4, counterId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getBoolean(2)) {
                    throw Rejection.notFound("COUNTER_NOT_FOUND", "No counter " + counterId + " in service", counterId);
                }
                if (!supervisor && rs.getInt(3) > 0 && rs.getInt(4) == 0) {
                    throw Rejection.forbidden("COUNTER_NOT_GIVEN", "Counter " + rs.getInt(1)
                            + " is not among the counters this officer may open", rs.getInt(1));
                }
            }
        }
    }

    public static int reserveNumbers(Connection c, long groupId, LocalDate date, int count) throws SQLException {
        String sql = "INSERT INTO ticket_sequence (service_group_id, business_date, last_number) "
                + "VALUES (?, ?, LAST_INSERT_ID(?)) ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, groupId);
            ps.setObject(2, date);
            ps.setInt(3, count);
            ps.setInt(4, count);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT LAST_INSERT_ID()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * Adds to the waiting count of a group's day (negative to take away). Every change into or
     * out of WAITING goes through here, in its own transaction.
     */
    public static void addWaiting(Connection c, long groupId, LocalDate date, boolean priority, int delta)
            throws SQLException {
        String column = priority ? "waiting_priority" : "waiting_normal";
        String sql = "INSERT INTO ticket_sequence (service_group_id, business_date, last_number, " + column + ") "
                + "VALUES (?, ?, 0, GREATEST(0, ?)) ON DUPLICATE KEY UPDATE " + column + " = GREATEST(0, " + column + " + ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, groupId);
            ps.setObject(2, date);
            ps.setInt(3, delta);
            ps.setInt(4, delta);
            ps.executeUpdate();
        }
    }

    /** Today's waiting counts of a group, {priority, normal}; read under the caller's lock on the row. */
    public static int[] waiting(Connection c, long groupId, LocalDate date) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT waiting_priority, waiting_normal FROM ticket_sequence "
                + "WHERE service_group_id = ? AND business_date = ?")) {
            ps.setLong(1, groupId);
            ps.setObject(2, date);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new int[] {rs.getInt(1), rs.getInt(2)} : new int[] {0, 0};
            }
        }
    }

    /**
     * How many of a group's waiting tickets were sent to another counter that is open now (a ticket
     * sent to a counter that is not open is anyone's to call).
     */
    public static int waitingSentElsewhere(Connection c, long groupId, LocalDate date, long counterId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ticket t JOIN counter_session s "
                + "ON s.counter_id = t.target_counter_id AND s.status = 'OPEN' WHERE t.service_group_id = ? "
                + "AND t.business_date = ? AND t.status = 'WAITING' AND t.target_counter_id <> ?")) {
            ps.setLong(1, groupId);
            ps.setObject(2, date);
            ps.setLong(3, counterId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    public static void journal(Connection c, long centerId, Long ticketId, Long counterId, Long userId, String type,
            String detail, Instant at) throws SQLException {
        String sql = "INSERT INTO queue_journal (center_id, ticket_id, counter_id, user_id, type, detail, at) "
                + "VALUES (?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, centerId);
            Jdbc.setLong(ps, 2, ticketId);
            Jdbc.setLong(ps, 3, counterId);
            Jdbc.setLong(ps, 4, userId);
            ps.setString(5, type);
            ps.setString(6, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500));
            Jdbc.setInstant(ps, 7, at);
            ps.executeUpdate();
        }
    }

    public static boolean centerHasOutcome(Connection c, long centerId, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM center_outcome WHERE center_id = ? AND code = ?")) {
            ps.setLong(1, centerId);
            ps.setString(2, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The groups a counter serves with its weights, heads filled in by the caller. */
    public static List<long[]> groupsOfCounter(Connection c, long counterId) throws SQLException {
        String sql = "SELECT g.service_group_id, g.weight, COALESCE(sg.max_wait_minutes, 0) FROM counter_service_group g "
                + "JOIN service_group sg ON sg.id = g.service_group_id WHERE g.counter_id = ? AND sg.retired_at IS NULL "
                + "ORDER BY sg.sort_order, sg.prefix";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, counterId);
            List<long[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                }
            }
            return out;
        }
    }

    /** What a counter chooses among: the heads of its groups, and the first ticket sent to it. */
    public record Choices(List<GroupHeads> groups, java.util.Optional<NextTicketPolicy.Candidate> sentToCounter) {}

    /**
     * The heads of every group a counter serves and the first ticket sent to the counter, read
     * afresh (read-committed), skipping the excluded: one round trip, each part one index seek.
     */
    public static Choices heads(Connection c, List<long[]> groups, LocalDate date, long counterId,
            java.util.Set<Long> excluded) throws SQLException {
        TicketRows.Heads found = TicketRows.heads(c, groups.stream().map(g -> g[0]).toList(), date, counterId,
                excluded);
        List<GroupHeads> out = new ArrayList<>();
        for (long[] g : groups) {
            NextTicketPolicy.Candidate[] pair = found.ofGroups().getOrDefault(g[0], new NextTicketPolicy.Candidate[2]);
            out.add(new GroupHeads(g[0], (int) g[1], java.util.Optional.ofNullable(pair[0]),
                    java.util.Optional.ofNullable(pair[1]), java.time.Duration.ofMinutes(g.length > 2 ? g[2] : 0)));
        }
        return new Choices(out, found.sentToCounter());
    }

    /** Waiting tickets of past business dates expire; they are kept, not deleted. */
    public static int expireBefore(Connection c, long centerId, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ticket SET status = 'EXPIRED' WHERE center_id = ? "
                + "AND business_date < ? AND status IN ('WAITING', 'PARKED')")) {
            ps.setLong(1, centerId);
            ps.setObject(2, today);
            int expired = ps.executeUpdate();
            try (PreparedStatement counts = c.prepareStatement("UPDATE ticket_sequence s JOIN service_group g "
                    + "ON g.id = s.service_group_id SET s.waiting_priority = 0, s.waiting_normal = 0 "
                    + "WHERE g.center_id = ? AND s.business_date < ?")) {
                counts.setLong(1, centerId);
                counts.setObject(2, today);
                counts.executeUpdate();
            }
            return expired;
        }
    }
}
