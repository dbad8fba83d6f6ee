package vn.onedoor.rating;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.rating.internal.RatingDb;
import vn.onedoor.rating.internal.StatsRows;

/**
 * Ratings aggregated per officer, counter or agency over a period of the center's own days: the
 * votes per level and the satisfaction rate (satisfied votes ÷ all votes). Votes whose officer,
 * counter or agency is unknown form one row with a null key.
 */
@Singleton
public class RatingStats {

    public enum GroupBy { OFFICER, COUNTER, AGENCY }

    /** {@code levels} maps each score of the scale (best first) to its votes, zeros included. */
    public record Row(@Nullable Long key, @Nullable String name, long votes, Map<Integer, Long> levels, long satisfied,
            BigDecimal satisfactionRate) {}

    private final RatingDb db;
    private final CenterDirectory directory;
    private final RatingScales scales;

    RatingStats(RatingDb db, CenterDirectory directory, RatingScales scales) {
        this.db = db;
        this.directory = directory;
        this.scales = scales;
    }

    /** Rows for the days {@code from} to {@code to}, both included, in the center's time zone. */
    public List<Row> aggregate(long centerId, LocalDate from, LocalDate to, GroupBy groupBy) {
        if (to.isBefore(from)) {
            throw Rejection.invalid("INVALID_PERIOD", "'to' is before 'from'");
        }
        Center center = directory.center(centerId)
                .orElseThrow(() -> Rejection.notFound("CENTER_NOT_FOUND", "No center " + centerId));
        ZoneId zone = ZoneId.of(center.timeZone());
        List<StatsRows.Count> counts = db.read(c -> StatsRows.counts(c, centerId, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), StatsRows.Grouping.valueOf(groupBy.name())));
        RatingScale scale = scales.scale(centerId);
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < counts.size()) {
            StatsRows.Count first = counts.get(i);
            Map<Integer, Long> levels = new LinkedHashMap<>();
            scale.levels().forEach(l -> levels.put(l.score(), 0L));
            long votes = 0;
            long satisfied = 0;
            for (; i < counts.size() && Objects.equals(counts.get(i).key(), first.key()); i++) {
                StatsRows.Count n = counts.get(i);
                levels.merge(n.score(), n.votes(), Long::sum);
                votes += n.votes();
                satisfied += n.satisfied();
            }
            rows.add(new Row(first.key(), first.name(), votes, levels, satisfied, rate(satisfied, votes)));
        }
        return rows;
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
