package vn.onedoor.platform.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import vn.onedoor.platform.rules.Rejection;

/**
 * A moment as people and systems write it in a request: ISO with an offset
 * ({@code 2026-10-05T09:00:00+07:00}, {@code …Z}) or without one ({@code 2026-10-05T09:00}), which
 * is then the center's local time. Anything else is refused naming the field and the form.
 */
public final class DateTimeInput {

    private DateTimeInput() {}

    /** {@code null} for a missing or blank value. */
    public static Instant parse(String field, String text, ZoneId centerZone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(t).atZone(centerZone).toInstant();
            } catch (DateTimeParseException e) {
                throw Rejection.invalidField(field, "INVALID_DATE_TIME", field + " is not an ISO date-time: " + t, field);
            }
        }
    }
}
