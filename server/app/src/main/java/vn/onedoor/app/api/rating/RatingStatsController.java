package vn.onedoor.app.api.rating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.onedoor.app.api.CenterScope;
import vn.onedoor.app.security.Roles;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.rating.RatingStats;

/** Ratings aggregated per officer, counter or agency for managers (003 Điều 12.4, 17). */
@Controller("/api/v1/stats")
@Secured({Roles.MANAGER, Roles.ADMIN})
@Tag(name = "statistics")
public class RatingStatsController {

    private final RatingStats stats;
    private final CenterDirectory directory;

    RatingStatsController(RatingStats stats, CenterDirectory directory) {
        this.stats = stats;
        this.directory = directory;
    }

    /** {@code levels} maps each score (as text, best first) to its votes; the rate is satisfied ÷ votes. */
    @Serdeable
    public record RowDto(@Nullable Long key, @Nullable String name, long votes, Map<String, Long> levels,
            long satisfied, BigDecimal satisfactionRate) {

        static RowDto of(RatingStats.Row r) {
            Map<String, Long> levels = new LinkedHashMap<>();
            r.levels().forEach((score, votes) -> levels.put(String.valueOf(score), votes));
            return new RowDto(r.key(), r.name(), r.votes(), levels, r.satisfied(), r.satisfactionRate());
        }
    }

    @Get("/ratings{?from,to,groupBy,centerId}")
    @Operation(summary = "Votes per level and satisfaction rate per officer, counter or agency, days from–to inclusive")
    public HttpResponse<?> ratings(@QueryValue LocalDate from, @QueryValue LocalDate to,
            @Nullable @QueryValue String groupBy, @Nullable @QueryValue Long centerId, Authentication caller) {
        Long own = RatingController.centerOf(caller);
        long center = centerId != null ? centerId : own != null ? own
                : directory.defaultCenter().orElseThrow(() -> Rejection.notFound("CENTER_NOT_FOUND", "No center")).id();
        if (!CenterScope.allows(caller, center)) {
            return CenterScope.otherCenter();
        }
        RatingStats.GroupBy by;
        try {
            by = RatingStats.GroupBy.valueOf((groupBy == null ? "officer" : groupBy).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalidField("groupBy", "INVALID_GROUP_BY", "groupBy: officer, counter or agency", "officer, counter, agency");
        }
        List<RowDto> rows = stats.aggregate(center, from, to, by).stream().map(RowDto::of).toList();
        return HttpResponse.ok(rows);
    }
}
