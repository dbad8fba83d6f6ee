package vn.onedoor.rating.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.onedoor.rating.RatingCriterion;
import vn.onedoor.rating.RatingLevel;

/** A center's own scale and criteria; none stored means the defaults. */
public final class ScaleRows {

    private ScaleRows() {}

    public static List<RatingLevel> levels(Connection c, long centerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT score, label_vi, label_en, satisfied FROM rating_level "
                + "WHERE center_id = ? ORDER BY score DESC")) {
            ps.setLong(1, centerId);
            List<RatingLevel> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RatingLevel(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                }
            }
            return out;
        }
    }

    public static List<RatingCriterion> criteria(Connection c, long centerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT code, label_vi, label_en FROM rating_criterion "
                + "WHERE center_id = ? ORDER BY sort_order, code")) {
            ps.setLong(1, centerId);
            List<RatingCriterion> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RatingCriterion(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
            return out;
        }
    }

    /** Replaces the center's scale; empty lists bring the defaults back. */
    public static void replace(Connection c, long centerId, List<RatingLevel> levels, List<RatingCriterion> criteria)
            throws SQLException {
        for (String table : List.of("rating_level", "rating_criterion")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE center_id = ?")) {
                ps.setLong(1, centerId);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rating_level (center_id, score, label_vi, label_en, satisfied) VALUES (?,?,?,?,?)")) {
            for (RatingLevel l : levels) {
                ps.setLong(1, centerId);
                ps.setInt(2, l.score());
                ps.setString(3, l.labelVi());
                ps.setString(4, l.labelEn());
                ps.setBoolean(5, l.satisfied());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rating_criterion (center_id, code, label_vi, label_en, sort_order) VALUES (?,?,?,?,?)")) {
            int order = 0;
            for (RatingCriterion k : criteria) {
                ps.setLong(1, centerId);
                ps.setString(2, k.code());
                ps.setString(3, k.labelVi());
                ps.setString(4, k.labelEn());
                ps.setInt(5, order++);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
