package vn.onedoor.calendar.model;

import java.time.LocalDate;
import java.util.Objects;

/** An administrator's decision for one date; {@code note} names the decision (e.g. the announcement). */
public record DayOverride(LocalDate date, OverrideKind kind, String note) {

    public DayOverride {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }

    Holiday asHoliday() {
        boolean blank = note == null || note.isBlank();
        return kind == OverrideKind.OFF
                ? new Holiday(date, blank ? "Ngày nghỉ theo thông báo" : note, HolidayKind.OVERRIDE_OFF)
                : new Holiday(date, blank ? "Ngày làm việc bù" : note, HolidayKind.OVERRIDE_WORKING);
    }
}
