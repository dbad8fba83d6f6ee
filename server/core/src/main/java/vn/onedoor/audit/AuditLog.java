package vn.onedoor.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.onedoor.platform.db.DatabaseErrors;
import vn.onedoor.platform.db.Jdbc;

/**
 * The audit log: every change made in administration and every sign-in, written on the
 * connection of the change itself, so a change and its line commit or roll back together. The
 * product has no way to change or delete a line; reading is filtered by center for a center's
 * own administrator.
 */
@Singleton
public class AuditLog {

    /** The most lines one page of the screen or the API reads. */
    public static final int MAX_PAGE = 500;

    private final Clock clock;
    private final JsonMapper json;
    private final TransactionOperations<Connection> transactions;

    AuditLog(Clock clock, JsonMapper json, TransactionOperations<Connection> transactions) {
        this.clock = clock;
        this.json = json;
        this.transactions = transactions;
    }

    /**
     * Writes one line in the caller's transaction.
     *
     * @param before the entity before the change (a record or a map), null for a creation
     * @param after  the entity after it, null for a removal
     */
    public void write(Connection c, AuditActor actor, @Nullable Long centerId, String action, String entity,
            @Nullable Object entityId, @Nullable String summary, @Nullable Object before, @Nullable Object after)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at, center_id, user_id, username, "
                + "address, action, entity, entity_id, summary, before_doc, after_doc) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
            Jdbc.setInstant(ps, 1, clock.instant());
            Jdbc.setLong(ps, 2, centerId);
            Jdbc.setLong(ps, 3, actor.userId());
            ps.setString(4, cut(actor.username(), 64));
            ps.setString(5, cut(actor.address(), 64));
            ps.setString(6, action);
            ps.setString(7, entity);
            ps.setString(8, entityId == null ? null : cut(String.valueOf(entityId), 64));
            ps.setString(9, cut(summary, 500));
            ps.setString(10, document(before));
            ps.setString(11, document(after));
            ps.executeUpdate();
        }
    }

    /** The lines the filter selects, newest first. */
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        Query q = where(filter);
        String sql = "SELECT * FROM audit_log" + q.sql + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?";
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = q.bind(ps);
                ps.setInt(i++, Math.max(0, Math.min(limit, MAX_PAGE)));
                ps.setInt(i, Math.max(0, offset));
                List<AuditEntry> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
                return out;
            }
        });
    }

    public int count(AuditFilter filter) {
        Query q = where(filter);
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_log" + q.sql)) {
                q.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** The selected lines as CSV (UTF-8 with a BOM, so a spreadsheet shows the diacritics), times in {@code zone}. */
    public void exportCsv(AuditFilter filter, ZoneId zone, Writer out) {
        Query q = where(filter);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_log" + q.sql + " ORDER BY at, id",
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                q.bind(ps);
                ps.setFetchSize(1000);
                out.write('\ufeff');
                try (ResultSet rs = ps.executeQuery();
                        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("time", "center_id",
                                "username", "address", "action", "entity", "entity_id", "summary", "before", "after")
                                .get())) {
                    while (rs.next()) {
                        AuditEntry e = entry(rs);
                        csv.printRecord(time.format(e.at()), e.centerId(), e.username(), e.address(), e.action(),
                                e.entity(), e.entityId(), e.summary(), e.before(), e.after());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work) {
        return transactions.executeRead(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw DatabaseErrors.translate(e);
            }
        });
    }

    private record Query(String sql, List<Object> values) {
        int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            for (Object v : values) {
                if (v instanceof Instant instant) {
                    Jdbc.setInstant(ps, i++, instant);
                } else {
                    ps.setObject(i++, v);
                }
            }
            return i;
        }
    }

    private static Query where(AuditFilter f) {
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (f.ownCenter() != null) {
            parts.add("center_id = ?");
            values.add(f.ownCenter());
        }
        if (f.centerId() != null) {
            parts.add("center_id = ?");
            values.add(f.centerId());
        }
        if (f.username() != null && !f.username().isBlank()) {
            parts.add("username = ?");
            values.add(f.username().strip());
        }
        if (f.action() != null && !f.action().isBlank()) {
            parts.add("action = ?");
            values.add(f.action().strip());
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            parts.add("entity = ?");
            values.add(f.entity().strip());
        }
        if (f.from() != null) {
            parts.add("at >= ?");
            values.add(f.from());
        }
        if (f.to() != null) {
            parts.add("at < ?");
            values.add(f.to());
        }
        return new Query(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), values);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Jdbc.getInstant(rs, "at"), Jdbc.getLong(rs, "center_id"),
                Jdbc.getLong(rs, "user_id"), rs.getString("username"), rs.getString("address"), rs.getString("action"),
                rs.getString("entity"), rs.getString("entity_id"), rs.getString("summary"), rs.getString("before_doc"),
                rs.getString("after_doc"));
    }

    private String document(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit document of " + value.getClass(), e);
        }
    }

    private static String cut(@Nullable String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
