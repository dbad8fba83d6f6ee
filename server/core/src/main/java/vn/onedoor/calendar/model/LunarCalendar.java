package vn.onedoor.calendar.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Converts between solar (Gregorian) dates and the lunisolar calendar computed for one time zone:
 * UTC+7 for Vietnam, which is why Tết sometimes differs from the Chinese New Year (UTC+8), by a
 * day (2007) or by a whole month (1985: 21 January in Vietnam, 20 February in China).
 *
 * <p>The rules are those described by Hồ Ngọc Đức, "Thuật toán tính âm lịch"
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_vn.html): a month begins on the
 * local day that holds a new moon (sóc); month 11 is the month holding the winter solstice; when
 * 13 months lie between two months 11, the first of them after month 11 in which the sun crosses no
 * multiple of 30° of longitude (no major solar term, trung khí) is the leap month. The astronomy is
 * the truncated series from Jean Meeus, <i>Astronomical Algorithms</i>, as simplified in that
 * article: accurate to minutes, so only a new moon within minutes of local midnight could land on
 * the wrong day. Supported solar years: {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
 */
public final class LunarCalendar {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    /** The calendar of Vietnam, computed for UTC+7 (the meridian 105° E). */
    public static final LunarCalendar VIETNAM = new LunarCalendar(7);
    /** The same rules for UTC+8, the Chinese calendar; kept to show and test the difference. */
    public static final LunarCalendar CHINA = new LunarCalendar(8);

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian date of the new moon of 1900-01-01, the origin of the new-moon index k. */
    private static final double NEW_MOON_1900 = 2415021.076998695;
    /** Julian day number of 1970-01-01 (LocalDate's epoch day 0). */
    private static final long EPOCH_JDN = 2440588;
    private static final double RAD = Math.PI / 180;

    private final double zoneHours;
    private final Map<Integer, SolsticeYear> years = new ConcurrentHashMap<>();

    public LunarCalendar(double zoneHours) {
        this.zoneHours = zoneHours;
    }

    public LunarDate toLunar(LocalDate date) {
        checkYear(date.getYear());
        long day = jdn(date);
        SolsticeYear year = solsticeYear(date.getYear());
        if (day >= year.end()) {
            year = solsticeYear(date.getYear() + 1);
        }
        int offset = year.monthStarts().length - 2;
        while (year.monthStarts()[offset] > day) {
            offset--;
        }
        return year.label(offset, (int) (day - year.monthStarts()[offset]) + 1);
    }

    /** The solar date of a lunar date; rejects a leap month the year lacks and a 30th of a 29-day month. */
    public LocalDate toSolar(LunarDate lunar) {
        checkYear(lunar.year());
        SolsticeYear year = solsticeYear(lunar.month() >= 11 ? lunar.year() + 1 : lunar.year());
        int offset = year.offsetOf(lunar.month(), lunar.leapMonth());
        long start = year.monthStarts()[offset];
        long length = year.monthStarts()[offset + 1] - start;
        if (lunar.day() > length) {
            throw new IllegalArgumentException(lunar + " does not exist: that month has " + length + " days");
        }
        return LocalDate.ofEpochDay(start + lunar.day() - 1 - EPOCH_JDN);
    }

    /** Tết: lunar 1/1 of the lunar year that begins in the given solar year. */
    public LocalDate newYear(int year) {
        return toSolar(LunarDate.of(year, 1, 1));
    }

    /** The last day (29 or 30 tháng Chạp) of the lunar year that began in the previous solar year. */
    public LocalDate lunarNewYearsEve(int year) {
        return newYear(year).minusDays(1);
    }

    /** The months from the month 11 that holds the winter solstice of {@code year - 1} up to the next. */
    private SolsticeYear solsticeYear(int year) {
        return years.computeIfAbsent(year, this::computeSolsticeYear);
    }

    private SolsticeYear computeSolsticeYear(int year) {
        long start = month11(year - 1);
        long end = month11(year);
        int k = (int) Math.floor((start - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int months = end - start > 365 ? 13 : 12;
        long[] starts = new long[months + 1];
        for (int i = 0; i < months; i++) {
            starts[i] = newMoonDay(k + i);
        }
        starts[months] = end;
        int leap = -1;
        for (int i = 1; months == 13 && i < months && leap < 0; i++) {
            if (sunSector(starts[i]) == sunSector(starts[i + 1])) {
                leap = i;
            }
        }
        if (months == 13 && leap < 0) {
            throw new IllegalStateException("No month without a major solar term in " + year);
        }
        return new SolsticeYear(year, starts, leap);
    }

    /** The first day of the lunar month that holds the winter solstice of a solar year. */
    private long month11(int year) {
        long lastDay = jdn(LocalDate.of(year, 12, 31));
        int k = (int) Math.floor((lastDay - 2415021) / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        // Sector 9 starts at 270°, the solstice: if the sun is already past it, the solstice fell in the month before.
        return sunSector(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon;
    }

    /** The local day (Julian day number) of the k-th new moon after that of 1900-01-01. */
    long newMoonDay(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
                - 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly) - 0.0004 * sin(3 * moonAnomaly)
                + 0.0104 * sin(2 * latitude) - 0.0051 * sin(sunAnomaly + moonAnomaly)
                - 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * latitude + sunAnomaly)
                - 0.0004 * sin(2 * latitude - sunAnomaly) - 0.0006 * sin(2 * latitude + moonAnomaly)
                + 0.0010 * sin(2 * latitude - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
        // Terrestrial minus universal time (ΔT) in days, the fit for 1900 onwards.
        double deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        return (long) Math.floor(jd + correction - deltaT + 0.5 + zoneHours / 24);
    }

    /** Which 30° sector (0..11) of ecliptic longitude the sun is in at the local midnight that begins a day. */
    int sunSector(long dayNumber) {
        double t = (dayNumber - 2451545.5 - zoneHours / 24) / 36525;
        double t2 = t * t;
        double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(anomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * anomaly) + 0.000290 * sin(3 * anomaly);
        double longitude = ((meanLongitude + centre) % 360 + 360) % 360;
        return (int) (longitude / 30);
    }

    private static double sin(double degrees) {
        return Math.sin(degrees * RAD);
    }

    private static long jdn(LocalDate date) {
        return date.toEpochDay() + EPOCH_JDN;
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Lunar calendar supports " + FIRST_YEAR + "–" + LAST_YEAR + ", not " + year);
        }
    }

    /**
     * The 12 or 13 months between the month 11 of {@code year - 1} and that of {@code year}:
     * 11 and 12 of lunar year {@code year - 1}, then 1..10 of lunar year {@code year}, one of
     * them doubled when {@code leapOffset >= 0}. {@code monthStarts} ends with the next month 11.
     */
    private record SolsticeYear(int year, long[] monthStarts, int leapOffset) {

        long end() {
            return monthStarts[monthStarts.length - 1];
        }

        LunarDate label(int offset, int day) {
            int ordinal = leapOffset >= 0 && offset >= leapOffset ? offset - 1 : offset;
            int month = (ordinal + 10) % 12 + 1;
            return new LunarDate(ordinal < 2 ? year - 1 : year, month, day, offset == leapOffset);
        }

        int offsetOf(int month, boolean leap) {
            int ordinal = month >= 11 ? month - 11 : month + 1;
            if (leap) {
                if (leapOffset < 0 || ordinal != leapOffset - 1) {
                    throw new IllegalArgumentException("Lunar year " + (ordinal < 2 ? year - 1 : year)
                            + " has no leap month " + month);
                }
                return leapOffset;
            }
            return leapOffset >= 0 && ordinal >= leapOffset ? ordinal + 1 : ordinal;
        }
    }
}
