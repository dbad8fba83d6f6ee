package vn.onedoor.app.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.onedoor.queue.model.Ticket;

/** Sets the stage for the benchmark directly in the database: lookups and a queue of N waiting tickets. */
final class QueueLoad {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final String url;

    QueueLoad(String url) {
        this.url = url;
    }

    long groupId(String prefix) throws SQLException {
        return single("SELECT id FROM service_group WHERE prefix = '" + prefix + "' ORDER BY id LIMIT 1");
    }

    long counterId(int number) throws SQLException {
        return single("SELECT id FROM counter WHERE number = " + number + " ORDER BY id LIMIT 1");
    }

    String login(String base, String user) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("login of " + user + " failed: " + r.body());
        }
        return m.group(1);
    }

    /** Withdraws every waiting ticket, then queues {@code waiting} new ones spread over the groups. */
    void resetQueue(java.util.List<Long> groupIds, int waiting) throws SQLException {
        withdrawAll();
        for (int i = 0; i < groupIds.size(); i++) {
            queue(groupIds.get(i), waiting / groupIds.size() + (i < waiting % groupIds.size() ? 1 : 0));
        }
    }

    private void withdrawAll() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.createStatement().executeUpdate("UPDATE counter_session SET current_ticket_id = NULL, status = 'CLOSED', "
                    + "officer_id = NULL");
            c.createStatement().executeUpdate("UPDATE ticket SET status = 'CANCELLED' WHERE status IN "
                    + "('WAITING', 'CALLED', 'SERVING', 'PARKED')");
            c.createStatement().executeUpdate("UPDATE ticket_sequence SET waiting_priority = 0, waiting_normal = 0");
        }
    }

    /** Queues {@code waiting} new tickets in the group, numbered on, with the kept counts set to match. */
    private void queue(long groupId, int waiting) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            c.setAutoCommit(false);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
            int from;
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(number), 0) FROM ticket "
                    + "WHERE service_group_id = ? AND business_date = ?")) {
                ps.setLong(1, groupId);
                ps.setObject(2, today);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    from = rs.getInt(1);
                }
            }
            Instant now = Instant.now();
            long centerId = single(c, "SELECT center_id FROM service_group WHERE id = " + groupId);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (business_date, number, display_number, "
                    + "priority, is_priority, queue_key, issued_at, service_group_id, center_id, status, issued_group_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?)")) {
                for (int i = 1; i <= waiting; i++) {
                    Instant issued = now.minusMillis(waiting - i);
                    boolean priority = i % 10 == 0;
                    ps.setObject(1, today);
                    ps.setInt(2, from + i);
                    ps.setString(3, "A-" + (from + i));
                    ps.setString(4, priority ? "ELDERLY" : "NORMAL");
                    ps.setBoolean(5, priority);
                    ps.setLong(6, Ticket.queueKeyOf(issued));
                    ps.setObject(7, LocalDateTime.ofInstant(issued, ZoneOffset.UTC));
                    ps.setLong(8, groupId);
                    ps.setLong(9, centerId);
                    ps.setLong(10, groupId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket_sequence (service_group_id, business_date, "
                    + "last_number, waiting_priority, waiting_normal) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE "
                    + "last_number = VALUES(last_number), waiting_priority = VALUES(waiting_priority), "
                    + "waiting_normal = VALUES(waiting_normal)")) {
                ps.setLong(1, groupId);
                ps.setObject(2, today);
                ps.setInt(3, from + waiting);
                ps.setInt(4, waiting / 10);
                ps.setInt(5, waiting - waiting / 10);
                ps.executeUpdate();
            }
            c.commit();
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "root", "")) {
            return single(c, sql);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
