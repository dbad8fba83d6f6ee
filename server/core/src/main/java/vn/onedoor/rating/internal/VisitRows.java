package vn.onedoor.rating.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Reads the queue's tables for the context of a rating. The officer is the one who last opened the
 * ticket's counter before the ticket was finished (the queue journal's COUNTER_OPEN rows; opening
 * and resuming a counter both write one): the officer of the counter session that served the
 * citizen, even when a supervisor pressed "complete" for them.
 */
public final class VisitRows {

    private static final String OFFICER_AT = "(SELECT j.user_id FROM queue_journal j WHERE j.center_id = %s "
            + "AND j.counter_id = %s AND j.type = 'COUNTER_OPEN' AND j.at <= %s ORDER BY j.at DESC, j.id DESC LIMIT 1)";
    private static final String SELECT = "SELECT t.id, t.center_id, t.counter_id, t.dossier_code, t.status, t.outcome, "
            + "t.finished_at, p.agency_id, " + OFFICER_AT.formatted("t.center_id", "t.counter_id",
                    "COALESCE(t.finished_at, t.called_at)") + " AS officer_id "
            + "FROM ticket t LEFT JOIN admin_procedure p ON p.id = t.procedure_id ";

    private VisitRows() {}

    public static Optional<Visit> ofTicket(Connection c, long ticketId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE t.id = ?")) {
            ps.setLong(1, ticketId);
            return one(ps);
        }
    }

    /** The last completed visit of a center that carried this dossier code (the one that handed the result over). */
    public static Optional<Visit> lastWithDossier(Connection c, long centerId, String dossierCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE t.dossier_code = ? AND t.center_id = ? "
                + "AND t.status = 'COMPLETED' ORDER BY t.finished_at DESC, t.id DESC LIMIT 1")) {
            ps.setString(1, dossierCode);
            ps.setLong(2, centerId);
            return one(ps);
        }
    }

    /** Who works a counter now: the last officer who opened it. */
    public static Optional<Long> officerAt(Connection c, long centerId, long counterId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + OFFICER_AT.formatted("?", "?", "?"))) {
            ps.setLong(1, centerId);
            ps.setLong(2, counterId);
            ps.setObject(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(nullableLong(rs, 1)) : Optional.empty();
            }
        }
    }

    /** The agency whose code is the first part of a national dossier code ({@code 000.00.12.H39-261123-0001}). */
    public static Optional<Long> agencyOfDossier(Connection c, String dossierCode) throws SQLException {
        int dash = dossierCode.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM agency WHERE code = ?")) {
            ps.setString(1, dossierCode.substring(0, dash));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** What the ratings need to know of a dossier of ours: its center, its status and the applicant's ID number. */
    public record DossierFacts(long centerId, String status, String applicantIdNumber) {}

    public static Optional<DossierFacts> dossierFacts(Connection c, String dossierCode) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT center_id, status, applicant_id_number FROM dossier WHERE code = ?")) {
            ps.setString(1, dossierCode);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new DossierFacts(rs.getLong(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    /** The center of a counter, if the counter exists. */
    public static Optional<Long> centerOfCounter(Connection c, long counterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT center_id FROM counter WHERE id = ?")) {
            ps.setLong(1, counterId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Optional<Visit> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            LocalDateTime finished = rs.getObject("finished_at", LocalDateTime.class);
            return Optional.of(new Visit(rs.getLong("id"), rs.getLong("center_id"), nullableLong(rs, "counter_id"),
                    rs.getString("dossier_code"), rs.getString("status"), rs.getString("outcome"),
                    finished == null ? null : finished.toInstant(ZoneOffset.UTC), nullableLong(rs, "officer_id"),
                    nullableLong(rs, "agency_id")));
        }
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
