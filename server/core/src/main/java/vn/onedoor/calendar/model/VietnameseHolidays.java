package vn.onedoor.calendar.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of a year as the law sets them, before the government's yearly announcement
 * (which the administrator enters as overrides).
 *
 * <p>Labour Code 2019 (Bộ luật Lao động 45/2019/QH14), Art. 112.1: Tết Dương lịch 1 day (1/1);
 * Tết Âm lịch 5 days; Ngày Chiến thắng 1 day (30/4); Ngày Quốc tế lao động 1 day (1/5); Quốc khánh
 * 2 days ("ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau"); Giỗ Tổ Hùng Vương 1 day
 * (10/3 lunar). Art. 112.3 leaves the exact Tết days and the second National Day to the Prime
 * Minister each year; the defaults here are the last day of the lunar year plus lunar 1/1–4/1, and
 * the National Day companion of {@link #nationalDayCompanion(int)}.
 *
 * <p>Art. 111.3: "Nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết quy định tại khoản 1 Điều 112
 * của Bộ luật này thì người lao động được nghỉ bù ngày nghỉ hằng tuần vào ngày làm việc kế tiếp."
 * Civil servants rest on Saturday and Sunday, so every holiday on a weekend gives one compensatory
 * day: the next weekday that is neither a holiday nor already a compensatory day.
 */
public final class VietnameseHolidays {

    public static final VietnameseHolidays DEFAULT = new VietnameseHolidays(LunarCalendar.VIETNAM);

    private static final String[] TET_DAYS = {"Tết Nguyên đán (ngày cuối năm âm lịch)",
        "Tết Nguyên đán (mùng 1 tháng Giêng)", "Tết Nguyên đán (mùng 2 tháng Giêng)",
        "Tết Nguyên đán (mùng 3 tháng Giêng)", "Tết Nguyên đán (mùng 4 tháng Giêng)"};

    private final LunarCalendar lunar;
    private final Map<Integer, Map<LocalDate, Holiday>> years = new ConcurrentHashMap<>();

    public VietnameseHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    /** Holidays and compensatory days of a solar year, by date. */
    public List<Holiday> of(int year) {
        return List.copyOf(year(year).values());
    }

    public Optional<Holiday> on(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    /**
     * The day next to 2 September that the Prime Minister picked in 2021–2026: the adjacent weekday
     * that joins the break to a weekend, else the day before. So 2/9 on a Monday → Tuesday 3/9
     * (2024); Tuesday → Monday 1/9 (2025); Wednesday → Tuesday 1/9 (2026); Thursday → Friday 3/9
     * (2021); Friday → Thursday 1/9 (2022); Saturday → Friday 1/9 (2023); Sunday → Monday 3/9.
     */
    public static LocalDate nationalDayCompanion(int year) {
        LocalDate before = LocalDate.of(year, 9, 1);
        LocalDate after = LocalDate.of(year, 9, 3);
        if (weekend(before)) {
            return after;
        }
        if (weekend(after)) {
            return before;
        }
        return weekend(after.plusDays(1)) ? after : before;
    }

    public static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, Holiday> year(int year) {
        return years.computeIfAbsent(year, this::compute);
    }

    private Map<LocalDate, Holiday> compute(int year) {
        Map<LocalDate, Holiday> days = new LinkedHashMap<>();
        add(days, MonthDay.of(1, 1).atYear(year), "Tết Dương lịch");
        LocalDate eve = lunar.lunarNewYearsEve(year);
        for (int i = 0; i < TET_DAYS.length; i++) {
            add(days, eve.plusDays(i), TET_DAYS[i]);
        }
        add(days, lunar.toSolar(LunarDate.of(year, 3, 10)), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        add(days, LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
        add(days, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        LocalDate companion = nationalDayCompanion(year);
        if (companion.isBefore(LocalDate.of(year, 9, 2))) {
            add(days, companion, "Quốc khánh (ngày liền kề)");
        }
        add(days, LocalDate.of(year, 9, 2), "Quốc khánh (2/9)");
        if (companion.isAfter(LocalDate.of(year, 9, 2))) {
            add(days, companion, "Quốc khánh (ngày liền kề)");
        }
        List<Holiday> statutory = days.values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
        for (Holiday h : statutory) {
            if (weekend(h.date())) {
                LocalDate off = h.date().plusDays(1);
                while (weekend(off) || days.containsKey(off)) {
                    off = off.plusDays(1);
                }
                days.put(off, new Holiday(off, "Nghỉ bù " + h.name(), HolidayKind.COMPENSATORY));
            }
        }
        Map<LocalDate, Holiday> sorted = new LinkedHashMap<>();
        days.values().stream().sorted(Comparator.comparing(Holiday::date)).forEach(h -> sorted.put(h.date(), h));
        return sorted;
    }

    /** Two holidays on one date (possible only in theory, e.g. 10/3 lunar on 30/4) give one day off. */
    private static void add(Map<LocalDate, Holiday> days, LocalDate date, String name) {
        days.merge(date, new Holiday(date, name, HolidayKind.HOLIDAY),
                (a, b) -> new Holiday(date, a.name() + "; " + b.name(), HolidayKind.HOLIDAY));
    }
}
