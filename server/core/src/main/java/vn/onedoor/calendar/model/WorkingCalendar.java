package vn.onedoor.calendar.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Working days of a center: Monday to Friday, minus public holidays and compensatory days, with
 * the administrator's overrides applied last (an override decides its date, whatever the rules say).
 * All dates are local dates of the center's zone (Asia/Ho_Chi_Minh).
 */
public final class WorkingCalendar {

    /**
     * Seed 003 Điều 9.1: "Hồ sơ nộp trực tuyến sau 17 giờ hàng ngày thì thực hiện tiếp nhận vào ngày
     * hôm sau trong giờ hành chính." A submission at 17:00:00 exactly is not yet "after 17 giờ".
     */
    public static final LocalTime ONLINE_CUTOFF = LocalTime.of(17, 0);

    /** The administrator's overrides of one solar year, by date. */
    @FunctionalInterface
    public interface Overrides {
        Overrides NONE = year -> Map.of();

        Map<LocalDate, DayOverride> forYear(int year);
    }

    private final VietnameseHolidays holidays;
    private final Overrides overrides;

    public WorkingCalendar(VietnameseHolidays holidays, Overrides overrides) {
        this.holidays = holidays;
        this.overrides = overrides;
    }

    /** The calendar of the law alone, without any override. */
    public static WorkingCalendar statutory() {
        return new WorkingCalendar(VietnameseHolidays.DEFAULT, Overrides.NONE);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOverride override = overrides.forYear(date.getYear()).get(date);
        if (override != null) {
            return override.kind() == OverrideKind.WORKING;
        }
        return !VietnameseHolidays.weekend(date) && holidays.on(date).isEmpty();
    }

    /** The date itself when it is a working day, else the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public LocalDate nextWorkingDay(LocalDate date) {
        return workingDayOnOrAfter(date.plusDays(1));
    }

    /** The n-th working day after {@code date}; {@code date} itself for n = 0. */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + n);
        }
        LocalDate day = date;
        for (int i = 0; i < n; i++) {
            day = nextWorkingDay(day);
        }
        return day;
    }

    /**
     * The date a submission counts as received. ONLINE after {@link #ONLINE_CUTOFF} moves to the next
     * day (003 Điều 9.1); POSTAL follows the same rule because the postal clerk submits the dossier
     * online on the portal before carrying the paper (003 Điều 19.2). Every channel received on a day
     * that is not a working day (a weekend duty shift, a holiday) counts from the next working day;
     * a DIRECT dossier taken at a counter after 17:00 on a working day is received that day.
     */
    public LocalDate receivedDate(LocalDateTime submittedAt, Channel channel) {
        LocalDate day = submittedAt.toLocalDate();
        if (channel != Channel.DIRECT && submittedAt.toLocalTime().isAfter(ONLINE_CUTOFF)) {
            day = day.plusDays(1);
        }
        return workingDayOnOrAfter(day);
    }

    /** Appointment date = received date + the procedure's processing time in working days. */
    public Appointment appointment(LocalDateTime submittedAt, int processingDays, Channel channel) {
        LocalDate received = receivedDate(submittedAt, channel);
        return new Appointment(received, plusWorkingDays(received, processingDays));
    }

    /**
     * The days of a year that differ from Monday–Friday: holidays, compensatory days and overrides.
     * An override replaces the rule's entry for its date.
     */
    public List<Holiday> holidays(int year) {
        Map<LocalDate, DayOverride> declared = overrides.forYear(year);
        List<Holiday> days = new ArrayList<>();
        holidays.of(year).stream().filter(h -> !declared.containsKey(h.date())).forEach(days::add);
        declared.values().forEach(o -> days.add(o.asHoliday()));
        days.sort(Comparator.comparing(Holiday::date));
        return days;
    }
}
