package vn.onedoor.calendar;

import java.time.Instant;
import java.time.LocalDate;
import vn.onedoor.calendar.model.DayOverride;
import vn.onedoor.calendar.model.OverrideKind;

/** An administrator's override of one date of a center's working calendar, with who entered it and when. */
public record CalendarOverride(long id, long centerId, LocalDate date, OverrideKind kind, String note,
        String createdBy, Instant createdAt) {

    public DayOverride toDayOverride() {
        return new DayOverride(date, kind, note);
    }
}
