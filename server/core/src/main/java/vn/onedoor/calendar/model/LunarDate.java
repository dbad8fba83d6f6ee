package vn.onedoor.calendar.model;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch). {@code year} is the solar year in which
 * the lunar year begins (lunar 1/1 of year 2026 is Tết Bính Ngọ, 2026-02-17); {@code leapMonth}
 * marks the repeated month (tháng nhuận) of a 13-month year.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Lunar month must be 1..12: " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("Lunar day must be 1..30: " + day);
        }
    }

    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
