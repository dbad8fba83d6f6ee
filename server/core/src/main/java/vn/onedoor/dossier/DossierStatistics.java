package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.onedoor.dossier.internal.CatalogFacts;
import vn.onedoor.dossier.internal.DossierTx;
import vn.onedoor.dossier.model.DossierRejection;

/**
 * Received, resolved (early, on time, late), in progress and overdue per agency, field,
 * procedure or channel for a period, counted in the database by <b>date</b> (003 Điều 14.4).
 */
@Singleton
public class DossierStatistics {

    /** The longest period one report covers; longer ones are split by the caller. */
    public static final int MAX_DAYS = 3 * 366;

    public enum GroupBy {
        AGENCY("d.agency_id", "agency g ON g.id = d.agency_id"),
        FIELD("d.field_id", "field g ON g.id = d.field_id"),
        PROCEDURE("d.procedure_id", "admin_procedure g ON g.id = d.procedure_id"),
        CHANNEL("d.channel", null);

        private final String column;
        private final String join;

        GroupBy(String column, String join) {
            this.column = column;
            this.join = join;
        }
    }

    /** The rows, by key, and their sum. */
    public record Report(LocalDate from, LocalDate to, LocalDate asOf, GroupBy groupBy, List<StatsRow> rows, StatsRow total) {}

    private final DossierTx tx;
    private final CatalogFacts facts;
    private final Clock clock;

    DossierStatistics(DossierTx tx, CatalogFacts facts, Clock clock) {
        this.tx = tx;
        this.facts = facts;
        this.clock = clock;
    }

    public Report report(long centerId, LocalDate from, LocalDate to, GroupBy groupBy) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DossierRejection("INVALID_PERIOD", "Kỳ báo cáo: from ≤ to, tối đa " + MAX_DAYS
                    + " ngày / A period needs from ≤ to and at most " + MAX_DAYS + " days");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(facts.center(centerId).timeZone())));
        LocalDate asOf = to.isBefore(today) ? to : today;
        String open = "d.received_date <= ? AND (d.result_date IS NULL OR d.result_date > ?) "
                + "AND (d.withdrawn_date IS NULL OR d.withdrawn_date > ?)";
        String resolved = "d.result_date BETWEEN ? AND ?";
        String sql = "SELECT " + groupBy.column + " AS k, " + (groupBy.join == null ? "NULL" : "MAX(g.name)") + " AS name, "
                + "SUM(d.received_date BETWEEN ? AND ?) AS received, "
                + "SUM(" + resolved + ") AS resolved, "
                + "SUM(" + resolved + " AND d.result_date < d.appointment_date) AS early, "
                + "SUM(" + resolved + " AND d.result_date = d.appointment_date) AS on_time, "
                + "SUM(" + resolved + " AND d.result_date > d.appointment_date) AS late, "
                + "SUM(" + open + ") AS in_progress, "
                + "SUM(" + open + " AND d.appointment_date < ?) AS overdue "
                + "FROM dossier d " + (groupBy.join == null ? "" : "JOIN " + groupBy.join + " ")
                + "WHERE d.center_id = ? AND (d.received_date BETWEEN ? AND ? OR " + resolved + " OR (" + open + ")) "
                + "GROUP BY " + groupBy.column + " ORDER BY " + groupBy.column;
        List<StatsRow> rows = tx.read((c, events) -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Object[] params = {from, to, from, to, from, to, from, to, from, to, asOf, asOf, asOf, asOf, asOf, asOf,
                        asOf, centerId, from, to, from, to, asOf, asOf, asOf};
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<StatsRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StatsRow(rs.getString("k"), rs.getString("name"), rs.getLong("received"),
                                rs.getLong("resolved"), rs.getLong("early"), rs.getLong("on_time"), rs.getLong("late"),
                                rs.getLong("in_progress"), rs.getLong("overdue")));
                    }
                }
                return out;
            }
        });
        StatsRow total = rows.stream().reduce(StatsRow.empty("TOTAL", null), StatsRow::plus);
        return new Report(from, to, asOf, groupBy, rows, total);
    }
}
