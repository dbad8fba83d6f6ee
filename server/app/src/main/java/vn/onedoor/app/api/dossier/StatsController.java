package vn.onedoor.app.api.dossier;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import vn.onedoor.dossier.DossierStatistics;
import vn.onedoor.dossier.StatsRow;
import vn.onedoor.platform.rules.Rejection;

/** Dossier statistics of 003 Điều 11, 14 and 17 per agency, field, procedure or channel. */
@Controller("/api/v1/stats")
@Secured({"OFFICER", "MANAGER", "ADMIN"})
@Tag(name = "statistics")
public class StatsController {

    private final DossierStatistics statistics;
    private final LookupTexts texts;

    StatsController(DossierStatistics statistics, LookupTexts texts) {
        this.statistics = statistics;
        this.texts = texts;
    }

    @Serdeable
    public record RowDto(String key, @Nullable String name, long received, long resolved, long early, long onTime, long late,
            long inProgress, long overdue, @Nullable Double resolutionRate, @Nullable Double onTimeRate) {
        static RowDto of(StatsRow r, String name) {
            return new RowDto(r.key(), name, r.received(), r.resolved(), r.early(), r.onTime(), r.late(), r.inProgress(),
                    r.overdue(), r.resolutionRate(), r.onTimeRate());
        }
    }

    @Serdeable
    public record ReportDto(LocalDate from, LocalDate to, LocalDate asOf, String groupBy, List<RowDto> rows, RowDto total) {}

    @Get("/dossiers")
    @Operation(summary = "Received, resolved (early/on time/late), in progress and overdue, by date; rates as fractions")
    public ReportDto dossiers(@QueryValue String from, @QueryValue String to, @Nullable @QueryValue String groupBy,
            @Nullable @QueryValue Long centerId, Authentication caller) {
        DossierStatistics.GroupBy by = groupBy(groupBy);
        DossierStatistics.Report r = statistics.report(Callers.center(caller, centerId), date(from, "from"), date(to, "to"), by);
        List<RowDto> rows = r.rows().stream().map(row -> RowDto.of(row, by == DossierStatistics.GroupBy.CHANNEL
                ? texts.t(new Locale("vi"), "dossier.channel." + row.key()) : row.name())).toList();
        return new ReportDto(r.from(), r.to(), r.asOf(), by.name().toLowerCase(Locale.ROOT), rows, RowDto.of(r.total(), null));
    }

    private static DossierStatistics.GroupBy groupBy(String text) {
        try {
            return text == null ? DossierStatistics.GroupBy.AGENCY : DossierStatistics.GroupBy.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("INVALID_GROUP_BY", "groupBy is "
                    + "agency, field, procedure or channel");
        }
    }

    private static LocalDate date(String text, String name) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Rejection.invalidField(name, "INVALID_DATE", name + " is an ISO date", name, "2026-11-01");
        }
    }
}
