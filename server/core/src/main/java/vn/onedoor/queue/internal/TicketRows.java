package vn.onedoor.queue.internal;

import vn.onedoor.platform.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.onedoor.queue.model.NextTicketPolicy.Candidate;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/** The ticket table, in plain SQL on the caller's transaction. */
public final class TicketRows {

    private static final String COLUMNS = "id, center_id, service_group_id, business_date, number, display_number, "
            + "priority, procedure_id, phone, dossier_code, status, queue_key, counter_id, target_counter_id, issued_at, "
            + "called_at, serving_at, finished_at, recall_count, outcome";

    private TicketRows() {}

    public static long insert(Connection c, Ticket t, String idempotencyKey, Long deviceId, Long userId)
            throws SQLException {
        // issued_group_id: the group whose numbering gave the number; it stays when the ticket is transferred
        String sql = "INSERT INTO ticket (center_id, service_group_id, business_date, number, display_number, priority, "
                + "is_priority, procedure_id, phone, dossier_code, status, queue_key, issued_at, idempotency_key, "
                + "issued_by_device_id, issued_by_user_id, issued_group_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, t.centerId());
            ps.setLong(2, t.serviceGroupId());
            ps.setObject(3, t.businessDate());
            ps.setInt(4, t.number());
            ps.setString(5, t.displayNumber());
            ps.setString(6, t.priority().name());
            ps.setBoolean(7, t.priority().isPriority());
            Jdbc.setLong(ps, 8, t.procedureId());
            ps.setString(9, t.phone());
            ps.setString(10, t.dossierCode());
            ps.setString(11, t.status().name());
            ps.setLong(12, t.queueKey());
            Jdbc.setInstant(ps, 13, t.issuedAt());
            ps.setString(14, idempotencyKey);
            Jdbc.setLong(ps, 15, deviceId);
            Jdbc.setLong(ps, 16, userId);
            ps.setLong(17, t.serviceGroupId());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Writes a transition, but only if the ticket is still in the state it was read in: a ticket
     * another counter changed meanwhile is not overwritten, and the caller sees {@code false}.
     */
    public static boolean update(Connection c, Ticket t, TicketStatus expected) throws SQLException {
        String sql = "UPDATE ticket SET service_group_id = ?, status = ?, queue_key = ?, counter_id = ?, "
                + "target_counter_id = ?, called_at = ?, serving_at = ?, finished_at = ?, recall_count = ?, outcome = ? "
                + "WHERE id = ? AND status = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, t.serviceGroupId());
            ps.setString(2, t.status().name());
            ps.setLong(3, t.queueKey());
            Jdbc.setLong(ps, 4, t.counterId());
            Jdbc.setLong(ps, 5, t.targetCounterId());
            Jdbc.setInstant(ps, 6, t.calledAt());
            Jdbc.setInstant(ps, 7, t.servingAt());
            Jdbc.setInstant(ps, 8, t.finishedAt());
            ps.setInt(9, t.recallCount());
            ps.setString(10, t.outcome());
            ps.setLong(11, t.id());
            ps.setString(12, expected.name());
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        boolean wasWaiting = expected == TicketStatus.WAITING;
        boolean isWaiting = t.status() == TicketStatus.WAITING;
        if (wasWaiting != isWaiting) {
            QueueSql.addWaiting(c, t.serviceGroupId(), t.businessDate(), t.priority().isPriority(), isWaiting ? 1 : -1);
        }
        return true;
    }

    public static Optional<Ticket> find(Connection c, long id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM ticket WHERE id = ?", id);
    }

    public static Optional<Ticket> findByIdempotencyKey(Connection c, long centerId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM ticket WHERE center_id = ? AND idempotency_key = ?")) {
            ps.setLong(1, centerId);
            ps.setString(2, key);
            return first(ps);
        }
    }

    /** The heads a counter chooses among: per group {priority, normal}, and the first ticket sent to it. */
    public record Heads(java.util.Map<Long, Candidate[]> ofGroups, Optional<Candidate> sentToCounter) {}

    /**
     * The first waiting priority and normal ticket of each group, and the first waiting ticket
     * sent to the counter, other than the excluded ones (being called by other counters right
     * now), without locks, in one round trip: each part is one index seek.
     */
    public static Heads heads(Connection c, List<Long> groupIds, LocalDate date, long counterId,
            java.util.Set<Long> excluded) throws SQLException {
        String columns = "SELECT id, service_group_id, is_priority, queue_key, ";
        // The index is forced: with a long queue MariaDB's estimates sometimes chose ix_ticket_target or
        // ix_ticket_finished and read thousands of rows (a filesort, or all waiting tickets in order) for one head.
        String part = "(" + columns + "0 FROM ticket FORCE INDEX (ix_ticket_queue) WHERE service_group_id = ? "
                + "AND business_date = ? AND status = 'WAITING' AND is_priority = ? AND target_counter_id IS NULL"
                + notIn(excluded) + " ORDER BY queue_key, id LIMIT 1)";
        String sent = "(" + columns + "1 FROM ticket WHERE target_counter_id = ? AND status = 'WAITING'"
                + notIn(excluded) + " ORDER BY queue_key, id LIMIT 1)";
        List<String> parts = new ArrayList<>(java.util.Collections.nCopies(groupIds.size() * 2, part));
        parts.add(sent);
        try (PreparedStatement ps = c.prepareStatement(String.join(" UNION ALL ", parts))) {
            int i = 1;
            for (long groupId : groupIds) {
                for (boolean priority : new boolean[] {true, false}) {
                    ps.setLong(i++, groupId);
                    ps.setObject(i++, date);
                    ps.setBoolean(i++, priority);
                }
            }
            ps.setLong(i, counterId);
            java.util.Map<Long, Candidate[]> out = new java.util.HashMap<>();
            Candidate sentToCounter = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    boolean priority = rs.getBoolean(3);
                    Candidate cand = new Candidate(rs.getLong(1), rs.getLong(2), priority, rs.getLong(4));
                    if (rs.getInt(5) == 1) {
                        sentToCounter = cand;
                    } else {
                        out.computeIfAbsent(cand.serviceGroupId(), g -> new Candidate[2])[priority ? 0 : 1] = cand;
                    }
                }
            }
            return new Heads(out, Optional.ofNullable(sentToCounter));
        }
    }

    /**
     * Locks a ticket for this transaction and reads it if it still waits and no other transaction
     * holds it; a ticket another counter is calling this instant is not waited for.
     */
    public static Optional<Ticket> lockIfWaiting(Connection c, long ticketId) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM ticket WHERE id = ? AND status = 'WAITING' FOR UPDATE SKIP LOCKED",
                ticketId);
    }

    private static String notIn(java.util.Set<Long> excluded) {
        if (excluded.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" AND id NOT IN (");
        excluded.forEach(id -> sb.append(id.longValue()).append(','));
        sb.setLength(sb.length() - 1);
        return sb.append(')').toString();
    }

    /** People before this ticket in its group: every waiting priority ticket, then those holding an earlier place. */
    public static long waitingAhead(Connection c, Ticket t) throws SQLException {
        String sameClassEarlier = "SELECT COUNT(*) FROM ticket WHERE service_group_id = ? AND business_date = ? "
                + "AND status = 'WAITING' AND target_counter_id IS NULL AND is_priority = ? AND queue_key < ?";
        long ahead = count(c, sameClassEarlier, t.serviceGroupId(), t.businessDate(), t.priority().isPriority(),
                t.queueKey());
        if (!t.priority().isPriority()) {
            ahead += count(c, "SELECT COUNT(*) FROM ticket WHERE service_group_id = ? AND business_date = ? "
                    + "AND status = 'WAITING' AND target_counter_id IS NULL AND is_priority = ?",
                    t.serviceGroupId(), t.businessDate(), true, null);
        }
        return ahead;
    }

    public static java.util.Map<String, Ticket> findByIdempotencyKeys(Connection c, long centerId, List<String> keys)
            throws SQLException {
        if (keys.isEmpty()) {
            return java.util.Map.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", idempotency_key FROM ticket "
                + "WHERE center_id = ? AND idempotency_key IN (" + marks + ")")) {
            ps.setLong(1, centerId);
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 2, keys.get(i));
            }
            java.util.Map<String, Ticket> out = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString("idempotency_key"), map(rs));
                }
            }
            return out;
        }
    }

    /** Waiting tickets of a group in calling order within each class, for lists on screens. */
    public static List<Ticket> waiting(Connection c, long groupId, LocalDate date, int limit) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM ticket WHERE service_group_id = ? AND business_date = ? "
                + "AND status = 'WAITING' ORDER BY is_priority DESC, queue_key, id LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, groupId);
            ps.setObject(2, date);
            ps.setInt(3, limit);
            List<Ticket> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    /** Every ticket waiting in a group of a center, locked, in queue order. */
    public static List<Ticket> waitingOfGroup(Connection c, long centerId, long groupId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ticket WHERE center_id = ? "
                + "AND service_group_id = ? AND status = 'WAITING' ORDER BY queue_key, id FOR UPDATE")) {
            ps.setLong(1, centerId);
            ps.setLong(2, groupId);
            List<Ticket> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    /** How many tickets wait in a group of a center, any day. */
    public static int countWaitingOfGroup(Connection c, long centerId, long groupId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ticket WHERE center_id = ? "
                + "AND service_group_id = ? AND status = 'WAITING'")) {
            ps.setLong(1, centerId);
            ps.setLong(2, groupId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Tickets a counter parked on a business date, oldest place first. */
    public static List<Ticket> parkedAt(Connection c, long counterId, LocalDate date) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM ticket WHERE counter_id = ? AND status = 'PARKED' "
                + "AND business_date = ? ORDER BY queue_key, id", counterId, date, null);
    }

    /** Waiting tickets transferred to one counter, oldest place first. */
    public static List<Ticket> waitingSentTo(Connection c, long counterId, int limit) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM ticket WHERE target_counter_id = ? AND status = 'WAITING' "
                + "ORDER BY queue_key, id LIMIT ?", counterId, null, limit);
    }

    private static List<Ticket> list(Connection c, String sql, long id, LocalDate date, Integer limit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, id);
            if (date != null) {
                ps.setObject(i++, date);
            }
            if (limit != null) {
                ps.setInt(i, limit);
            }
            List<Ticket> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
            return out;
        }
    }

    private static long count(Connection c, String sql, long group, LocalDate date, boolean priority, Long key)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, group);
            ps.setObject(2, date);
            ps.setBoolean(3, priority);
            if (key != null) {
                ps.setLong(4, key);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Optional<Ticket> one(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            return first(ps);
        }
    }

    private static Optional<Ticket> first(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    static Ticket map(ResultSet rs) throws SQLException {
        return map(rs, "");
    }

    /**
     * The ticket columns of table alias {@code t} in a join, each labelled with the prefix, for
     * {@link #map(ResultSet, String)}.
     */
    static String columnsOf(String t, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String column : COLUMNS.split(", ")) {
            sb.append(sb.isEmpty() ? "" : ", ").append(t).append('.').append(column).append(" AS ").append(prefix)
                    .append(column);
        }
        return sb.toString();
    }

    /** The ticket in columns labelled with the prefix (see {@link #columnsOf}). */
    static Ticket map(ResultSet rs, String p) throws SQLException {
        return new Ticket(rs.getLong(p + "id"), rs.getLong(p + "center_id"), rs.getLong(p + "service_group_id"),
                rs.getObject(p + "business_date", LocalDate.class), rs.getInt(p + "number"),
                rs.getString(p + "display_number"), Priority.valueOf(rs.getString(p + "priority")),
                Jdbc.getLong(rs, p + "procedure_id"), rs.getString(p + "phone"), rs.getString(p + "dossier_code"),
                TicketStatus.valueOf(rs.getString(p + "status")), rs.getLong(p + "queue_key"),
                Jdbc.getLong(rs, p + "counter_id"), Jdbc.getLong(rs, p + "target_counter_id"),
                Jdbc.getInstant(rs, p + "issued_at"), Jdbc.getInstant(rs, p + "called_at"),
                Jdbc.getInstant(rs, p + "serving_at"), Jdbc.getInstant(rs, p + "finished_at"),
                rs.getInt(p + "recall_count"), rs.getString(p + "outcome"));
    }

    /** For statistics: instants of the last completed services of a group. */
    public static List<Instant[]> lastServices(Connection c, long groupId, int howMany) throws SQLException {
        String sql = "SELECT serving_at, finished_at FROM ticket WHERE service_group_id = ? AND status = 'COMPLETED' "
                + "AND serving_at IS NOT NULL ORDER BY finished_at DESC LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, groupId);
            ps.setInt(2, howMany);
            List<Instant[]> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Instant[] {Jdbc.getInstant(rs, "serving_at"), Jdbc.getInstant(rs, "finished_at")});
                }
            }
            return out;
        }
    }
}
