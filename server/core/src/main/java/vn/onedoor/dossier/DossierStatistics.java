package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.onedoor.dossier.internal.CatalogFacts;
import vn.onedoor.dossier.internal.DossierTx;
import vn.onedoor.platform.rules.Rejection;

/**
 * Received, resolved (early, on time, late), in progress and overdue per agency, field,
 * procedure or channel for a period, counted in the database by <b>date</b> (003 Điều 14.4).
 * Three counts, each an index-only range scan (see V9): received in the period, resolved in the
 * period, unresolved at its end.
 */
@Singleton
public class DossierStatistics {

    /** The longest period one report covers; longer ones are split by the caller. */
    public static final int MAX_DAYS = 3 * 366;

    public enum GroupBy {
        AGENCY("agency_id"),
        FIELD("field_id"),
        PROCEDURE("procedure_id"),
        CHANNEL("channel");

        private final String column;

        GroupBy(String column) {
            this.column = column;
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
            throw Rejection.invalid("INVALID_PERIOD", "A period needs from ≤ to and at most " + MAX_DAYS + " days", MAX_DAYS);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(facts.center(centerId).timeZone())));
        LocalDate asOf = to.isBefore(today) ? to : today;
        String k = groupBy.column;
        Map<String, long[]> counts = new HashMap<>();
        tx.read((c, events) -> {
            // [received, resolved, early, onTime, late, inProgress, overdue]
            count(c, counts, 0, "SELECT " + k + ", COUNT(*) FROM dossier WHERE center_id = ? AND received_date BETWEEN ? AND ? "
                    + "GROUP BY " + k, centerId, from, to);
            count(c, counts, 1, "SELECT " + k + ", COUNT(*), SUM(result_date < appointment_date), "
                    + "SUM(result_date = appointment_date), SUM(result_date > appointment_date) FROM dossier "
                    + "WHERE center_id = ? AND result_date BETWEEN ? AND ? GROUP BY " + k, centerId, from, to);
            count(c, counts, 5, "SELECT " + k + ", COUNT(*), SUM(appointment_date < ?) FROM dossier WHERE center_id = ? "
                    + "AND (result_date IS NULL OR result_date > ?) AND received_date <= ? "
                    + "AND (withdrawn_date IS NULL OR withdrawn_date > ?) GROUP BY " + k, asOf, centerId, asOf, asOf, asOf);
            return null;
        });
        List<StatsRow> rows = new ArrayList<>();
        counts.forEach((key, n) -> rows.add(new StatsRow(key, name(groupBy, key), n[0], n[1], n[2], n[3], n[4], n[5], n[6])));
        rows.sort(Comparator.comparing((StatsRow r) -> r.key().length()).thenComparing(StatsRow::key));
        StatsRow total = rows.stream().reduce(StatsRow.empty("TOTAL", null), StatsRow::plus);
        return new Report(from, to, asOf, groupBy, rows, total);
    }

    /** Adds a query's columns (after the key) to each key's counts from position {@code at}. */
    private static void count(Connection c, Map<String, long[]> counts, int at, String sql, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    long[] n = counts.computeIfAbsent(rs.getString(1), key -> new long[7]);
                    for (int i = 2; i <= columns; i++) {
                        n[at + i - 2] += rs.getLong(i);
                    }
                }
            }
        }
    }

    private String name(GroupBy groupBy, String key) {
        return switch (groupBy) {
            case AGENCY -> facts.agency(Long.parseLong(key)).name();
            case FIELD -> facts.fieldName(Long.parseLong(key));
            case PROCEDURE -> facts.procedure(Long.parseLong(key)).name();
            case CHANNEL -> null;
        };
    }
}
