package vn.onedoor.rating.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Counts of votes per group and score in a period: one row per (group, score). */
public final class StatsRows {

    /** A group's key column, the name shown for it, and the join that brings the name. */
    public enum Grouping {
        OFFICER("r.officer_id", "u.full_name", "LEFT JOIN staff_user u ON u.id = r.officer_id"),
        COUNTER("r.counter_id", "k.name", "LEFT JOIN counter k ON k.id = r.counter_id"),
        AGENCY("r.agency_id", "a.name", "LEFT JOIN agency a ON a.id = r.agency_id");

        private final String key;
        private final String name;
        private final String join;

        Grouping(String key, String name, String join) {
            this.key = key;
            this.name = name;
            this.join = join;
        }
    }

    public record Count(Long key, String name, int score, long votes, long satisfied) {}

    private StatsRows() {}

    public static List<Count> counts(Connection c, long centerId, Instant from, Instant until, Grouping g)
            throws SQLException {
        String sql = "SELECT " + g.key + " AS k, " + g.name + " AS n, r.score, COUNT(*), SUM(r.satisfied) FROM rating r "
                + g.join + " WHERE r.center_id = ? AND r.rated_at >= ? AND r.rated_at < ? "
                + "GROUP BY " + g.key + ", " + g.name + ", r.score ORDER BY " + g.key + ", r.score DESC";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, centerId);
            ps.setObject(2, LocalDateTime.ofInstant(from, ZoneOffset.UTC));
            ps.setObject(3, LocalDateTime.ofInstant(until, ZoneOffset.UTC));
            List<Count> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Count(VisitRows.nullableLong(rs, 1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            rs.getLong(5)));
                }
            }
            return out;
        }
    }
}
