package vn.onedoor.app.api.calendar;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.app.api.CenterScope;
import vn.onedoor.app.security.Roles;
import vn.onedoor.calendar.CalendarOverride;
import vn.onedoor.calendar.CalendarOverrides;
import vn.onedoor.calendar.OverrideResult;
import vn.onedoor.calendar.model.LunarCalendar;
import vn.onedoor.calendar.model.OverrideKind;
import vn.onedoor.center.CenterDirectory;

/**
 * The administrator's overrides of a center's working calendar: the days the government announces
 * off (extra Tết days, swapped days) and the make-up working Saturdays.
 */
@Controller("/api/v1/centers/{centerId}/calendar/overrides")
@Secured(Roles.ADMIN)
@Tag(name = "calendar")
public class CalendarOverridesController {

    private final CalendarOverrides overrides;
    private final CenterDirectory directory;

    CalendarOverridesController(CalendarOverrides overrides, CenterDirectory directory) {
        this.overrides = overrides;
        this.directory = directory;
    }

    @Serdeable
    public record OverrideBody(@NotNull LocalDate date, @NotNull OverrideKind kind, @Nullable String note) {}

    @Serdeable
    public record OverrideDto(long id, long centerId, LocalDate date, String kind, @Nullable String note,
            String createdBy, Instant createdAt) {
        static OverrideDto of(CalendarOverride o) {
            return new OverrideDto(o.id(), o.centerId(), o.date(), o.kind().name(), o.note(), o.createdBy(), o.createdAt());
        }
    }

    @Get
    @Operation(summary = "The overrides of a year (OFF or WORKING), in date order")
    public HttpResponse<?> list(long centerId, @Nullable @QueryValue Integer year, Authentication caller) {
        Optional<HttpResponse<?>> refused = refused(centerId, caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (year == null || year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
            throw Rejection.invalidField("year", "INVALID_YEAR", "year must be from " + LunarCalendar.FIRST_YEAR + " to "
                    + LunarCalendar.LAST_YEAR, LunarCalendar.FIRST_YEAR, LunarCalendar.LAST_YEAR);
        }
        return HttpResponse.ok(overrides.list(centerId, year).stream().map(OverrideDto::of).toList());
    }

    @Post
    @Operation(summary = "Declare a date OFF or WORKING; 409 when the date already has an override")
    public HttpResponse<?> add(long centerId, @Body @Valid OverrideBody body, Authentication caller) {
        Optional<HttpResponse<?>> refused = refused(centerId, caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        OverrideResult result = overrides.add(centerId, body.date(), body.kind(), body.note(), caller.getName());
        if (result instanceof OverrideResult.Added added) {
            return HttpResponse.status(HttpStatus.CREATED).body(OverrideDto.of(added.override()));
        }
        OverrideResult.Rejected rejected = (OverrideResult.Rejected) result;
        throw "OVERRIDE_EXISTS".equals(rejected.code()) ? Rejection.conflict(rejected.code(), rejected.message())
                : Rejection.invalid(rejected.code(), rejected.message());
    }

    @Delete("/{overrideId}")
    @Operation(summary = "Remove an override; the date follows the rules again")
    public HttpResponse<?> delete(long centerId, long overrideId, Authentication caller) {
        Optional<HttpResponse<?>> refused = refused(centerId, caller);
        if (refused.isPresent()) {
            return refused.get();
        }
        return overrides.delete(centerId, overrideId).<HttpResponse<?>>map(o -> HttpResponse.noContent())
                .orElseThrow(() -> Rejection.notFound("OVERRIDE_NOT_FOUND", "No override " + overrideId));
    }

    private Optional<HttpResponse<?>> refused(long centerId, Authentication caller) {
        if (directory.center(centerId).isEmpty()) {
            throw CenterCalendars.notFound(centerId);
        }
        return CenterScope.allows(caller, centerId) ? Optional.empty() : Optional.of(CenterScope.otherCenter());
    }
}
