package vn.onedoor.rating.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.onedoor.rating.Rating;

/** The rating table; the insert is the only guard of "one rating per dossier / per ticket". */
public final class RatingRows {

    private RatingRows() {}

    /** Inserts the vote and its criteria; a duplicate dossier code or ticket fails with error 1062. */
    public static long insert(Connection c, Rating r, int scaleSize, Long deviceId, Long userId) throws SQLException {
        String sql = "INSERT INTO rating (center_id, dossier_code, ticket_id, score, scale_size, satisfied, comment, "
                + "counter_id, officer_id, agency_id, source, device_id, user_id, rated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        long id;
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, r.centerId());
            ps.setString(2, r.dossierCode());
            VisitRows.setLong(ps, 3, r.ticketId());
            ps.setInt(4, r.score());
            ps.setInt(5, scaleSize);
            ps.setBoolean(6, r.satisfied());
            ps.setString(7, r.comment());
            VisitRows.setLong(ps, 8, r.counterId());
            VisitRows.setLong(ps, 9, r.officerId());
            VisitRows.setLong(ps, 10, r.agencyId());
            ps.setString(11, r.source().name());
            VisitRows.setLong(ps, 12, deviceId);
            VisitRows.setLong(ps, 13, userId);
            ps.setObject(14, LocalDateTime.ofInstant(r.ratedAt(), ZoneOffset.UTC));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rating_criterion_choice (rating_id, criterion) VALUES (?, ?)")) {
            for (String criterion : r.criteria()) {
                ps.setLong(1, id);
                ps.setString(2, criterion);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    public static boolean dossierRated(Connection c, String dossierCode) throws SQLException {
        return exists(c, "SELECT 1 FROM rating WHERE dossier_code = ?", dossierCode);
    }

    public static boolean ticketRated(Connection c, long ticketId) throws SQLException {
        return exists(c, "SELECT 1 FROM rating WHERE ticket_id = ?", ticketId);
    }

    private static boolean exists(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
