package vn.onedoor.app.api.calendar;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Optional;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.app.security.BearerTokenValidator;
import vn.onedoor.calendar.WorkingCalendars;
import vn.onedoor.calendar.model.WorkingCalendar;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;

/**
 * Which center's calendar a calendar request means: the {@code centerId} asked for, else the
 * caller's own center, else the installation's first center; the law alone when there is none.
 */
@Singleton
class CenterCalendars {

    private final CenterDirectory directory;
    private final WorkingCalendars calendars;

    CenterCalendars(CenterDirectory directory, WorkingCalendars calendars) {
        this.directory = directory;
        this.calendars = calendars;
    }

    /** The calendar and zone to use; an unknown center is refused (404). */
    Resolved resolve(@Nullable Long centerId, @Nullable Authentication caller) {
        Long id = centerId != null ? centerId : callersCenter(caller);
        Optional<Center> center = id != null ? directory.center(id) : directory.defaultCenter();
        if (center.isEmpty() && id != null) {
            throw notFound(id);
        }
        return center.map(c -> new Resolved(calendars.of(c.id()), ZoneId.of(c.timeZone())))
                .orElseGet(() -> new Resolved(WorkingCalendar.statutory(), ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    static Rejection notFound(long centerId) {
        return Rejection.notFound("CENTER_NOT_FOUND", "No center " + centerId);
    }

    private static Long callersCenter(@Nullable Authentication caller) {
        Object own = caller == null ? null : caller.getAttributes().get(BearerTokenValidator.ATTR_CENTER);
        return own == null ? null : ((Number) own).longValue();
    }

    /** A calendar with its zone. */
    record Resolved(WorkingCalendar calendar, ZoneId zone) {}
}
