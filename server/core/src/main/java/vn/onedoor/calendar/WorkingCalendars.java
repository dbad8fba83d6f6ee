package vn.onedoor.calendar;

import jakarta.inject.Singleton;
import vn.onedoor.calendar.model.VietnameseHolidays;
import vn.onedoor.calendar.model.WorkingCalendar;

/** The working calendar of a center: the law's holidays with that center's overrides. */
@Singleton
public class WorkingCalendars {

    private final CalendarOverrides overrides;

    WorkingCalendars(CalendarOverrides overrides) {
        this.overrides = overrides;
    }

    /** Reads the overrides through their cache on every question, so a change applies at once. */
    public WorkingCalendar of(long centerId) {
        return new WorkingCalendar(VietnameseHolidays.DEFAULT, year -> overrides.forYear(centerId, year));
    }
}
