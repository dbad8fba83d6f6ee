package vn.onedoor.app.api.calendar;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.onedoor.app.api.ApiError;
import vn.onedoor.calendar.model.Appointment;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.calendar.model.Holiday;
import vn.onedoor.calendar.model.LunarCalendar;

/**
 * Appointment dates and the holidays behind them. Public: a citizen's phone and the kiosk show
 * appointment dates, and holidays are public law; nothing personal is read or returned.
 */
@Controller("/api/v1/calendar")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "calendar")
public class CalendarController {

    /** Longer than any procedure's legal processing time; bounds the work of one request. */
    static final int MAX_WORKING_DAYS = 365;

    private final CenterCalendars calendars;

    CalendarController(CenterCalendars calendars) {
        this.calendars = calendars;
    }

    @Serdeable
    public record AppointmentDto(LocalDate receivedDate, LocalDate appointmentDate) {}

    @Serdeable
    public record HolidayDto(LocalDate date, String name, String kind) {
        static HolidayDto of(Holiday h) {
            return new HolidayDto(h.date(), h.name(), h.kind().name());
        }
    }

    @Get("/appointment")
    @Operation(summary = "Received date and appointment date of a dossier: receivedAt (local date-time of the center) "
            + "+ workingDays; ONLINE and POSTAL after 17:00 count from the next working day (003 Điều 9.1)")
    public HttpResponse<?> appointment(@Nullable @QueryValue String receivedAt, @Nullable @QueryValue String workingDays,
            @Nullable @QueryValue String channel, @Nullable @QueryValue Long centerId, @Nullable Authentication caller) {
        CenterCalendars.Resolved resolved = calendars.resolve(centerId, caller);
        LocalDateTime at = parseReceivedAt(receivedAt, resolved.zone());
        if (at == null || at.getYear() < LunarCalendar.FIRST_YEAR || at.getYear() > LunarCalendar.LAST_YEAR - 2) {
            throw Rejection.invalidField("receivedAt", "INVALID_RECEIVED_AT", "receivedAt must be an ISO local date-time"
                    + " in 1900–2197");
        }
        Integer days = parseDays(workingDays);
        if (days == null) {
            throw Rejection.invalidField("workingDays", "INVALID_WORKING_DAYS", "workingDays must be a whole number from 0 to "
                    + MAX_WORKING_DAYS, MAX_WORKING_DAYS);
        }
        Channel how = parseChannel(channel);
        if (how == null) {
            throw Rejection.invalidField("channel", "INVALID_CHANNEL", "channel must be DIRECT, ONLINE or POSTAL");
        }
        Appointment a = resolved.calendar().appointment(at, days, how);
        return HttpResponse.ok(new AppointmentDto(a.receivedDate(), a.appointmentDate()));
    }

    @Get("/holidays")
    @Operation(summary = "The days of a year that differ from Monday–Friday: holidays (HOLIDAY), compensatory days "
            + "(COMPENSATORY) and the administrator's overrides (OVERRIDE_OFF, OVERRIDE_WORKING)")
    public HttpResponse<?> holidays(@Nullable @QueryValue String year, @Nullable @QueryValue Long centerId,
            @Nullable Authentication caller) {
        CenterCalendars.Resolved resolved = calendars.resolve(centerId, caller);
        Integer y = parseYear(year);
        if (y == null) {
            throw Rejection.invalidField("year", "INVALID_YEAR", "year must be from " + LunarCalendar.FIRST_YEAR + " to "
                    + LunarCalendar.LAST_YEAR, LunarCalendar.FIRST_YEAR, LunarCalendar.LAST_YEAR);
        }
        return HttpResponse.ok(resolved.calendar().holidays(y).stream().map(HolidayDto::of).toList());
    }

    /** A local date-time of the center; one with an offset (…+07:00, …Z) is moved into the center's zone. */
    private static LocalDateTime parseReceivedAt(@Nullable String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException notLocal) {
            try {
                return OffsetDateTime.parse(text.strip()).atZoneSameInstant(zone).toLocalDateTime();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private static Integer parseDays(@Nullable String text) {
        Integer n = parseInt(text);
        return n != null && n >= 0 && n <= MAX_WORKING_DAYS ? n : null;
    }

    private static Integer parseYear(@Nullable String text) {
        Integer n = parseInt(text);
        return n != null && n >= LunarCalendar.FIRST_YEAR && n <= LunarCalendar.LAST_YEAR ? n : null;
    }

    private static Integer parseInt(@Nullable String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Channel parseChannel(@Nullable String text) {
        try {
            return text == null ? null : Channel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
