package vn.onedoor.calendar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Dates checked against published calendars: Tết and Giỗ Tổ from the government's holiday
 * announcements of those years; 1985 (21 January in Vietnam, 20 February in China) and 2007 from
 * Hồ Ngọc Đức's article on the Vietnamese calendar (informatik.uni-leipzig.de/~duc/amlich/calrules_en.html);
 * 2030 and 2053 from scienceinfo.net, "Why is the Vietnamese and Chinese New Year a day different?".
 */
class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.VIETNAM;

    @ParameterizedTest(name = "Tết {0} falls on {1}")
    @CsvSource({
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "1985, 1985-01-21",
        "2007, 2007-02-17",
        "2023, 2023-01-22",
    })
    void tet_falls_on_the_published_date(int year, LocalDate tet) {
        assertThat(vietnam.newYear(year)).isEqualTo(tet);
        assertThat(vietnam.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    }

    @Test
    void in_1985_tet_came_a_month_before_the_chinese_new_year_because_of_the_time_zone() {
        assertThat(LunarCalendar.CHINA.newYear(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(vietnam.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        // China had a leap 10th month in Giáp Tý 1984; Vietnam had none then and a leap 2nd month in Ất Sửu 1985.
        assertThat(LunarCalendar.CHINA.toLunar(LocalDate.of(1984, 11, 23))).isEqualTo(new LunarDate(1984, 10, 1, true));
        assertThat(vietnam.toLunar(LocalDate.of(1984, 11, 23))).isEqualTo(LunarDate.of(1984, 11, 1));
        assertThat(vietnam.toLunar(LocalDate.of(1985, 2, 20))).isEqualTo(LunarDate.of(1985, 2, 1));
        assertThat(vietnam.toLunar(LocalDate.of(1985, 3, 21))).isEqualTo(new LunarDate(1985, 2, 1, true));
    }

    @Test
    void in_2007_tet_came_a_day_before_the_chinese_new_year() {
        assertThat(LunarCalendar.CHINA.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        assertThat(vietnam.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
    }

    @Test
    void in_2030_tet_comes_a_day_before_the_chinese_new_year_again() {
        // "in 2030 and 2053, Vietnam will celebrate the Lunar New Year earlier than China" (scienceinfo.net).
        assertThat(vietnam.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
        assertThat(LunarCalendar.CHINA.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 3));
        assertThat(vietnam.newYear(2053)).isBefore(LunarCalendar.CHINA.newYear(2053));
    }

    @ParameterizedTest(name = "Giỗ Tổ Hùng Vương {0}: {1}")
    @CsvSource({"2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2023, 2023-04-29"})
    void hung_kings_day_is_the_tenth_of_the_third_month(int year, LocalDate date) {
        assertThat(vietnam.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(date);
    }

    @Test
    void the_eve_of_tet_is_the_last_day_of_the_twelfth_month() {
        assertThat(vietnam.lunarNewYearsEve(2026)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(2025, 12, 29));
        assertThat(vietnam.lunarNewYearsEve(2024)).isEqualTo(LocalDate.of(2024, 2, 9));
        assertThat(vietnam.toLunar(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(2023, 12, 30));
    }

    @Test
    void a_leap_month_is_labelled_and_round_trips() {
        // 2023 (Quý Mão) had a leap second month: 2/2 nhuận = 2023-03-22 .. 2023-04-19.
        LocalDate leapStart = LocalDate.of(2023, 3, 22);
        assertThat(vietnam.toLunar(leapStart)).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(vietnam.toLunar(leapStart.minusDays(1))).isEqualTo(LunarDate.of(2023, 2, 30));
        assertThat(vietnam.toSolar(new LunarDate(2023, 2, 1, true))).isEqualTo(leapStart);
        // 2025 (Ất Tỵ) had a leap sixth month starting on 2025-07-25.
        assertThat(vietnam.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
    }

    @Test
    void a_leap_month_that_the_year_lacks_is_rejected() {
        assertThatThrownBy(() -> vietnam.toSolar(new LunarDate(2026, 4, 1, true)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no leap month 4");
    }

    @Test
    void the_thirtieth_of_a_short_month_is_rejected() {
        // Tháng Chạp of Ất Tỵ has 29 days (Tết Bính Ngọ is on 2026-02-17).
        assertThatThrownBy(() -> vietnam.toSolar(LunarDate.of(2025, 12, 30)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("29 days");
    }

    @Test
    void every_day_from_1900_to_2199_round_trips_and_days_run_consecutively() {
        LunarDate previous = null;
        for (LocalDate d = LocalDate.of(1900, 1, 31); d.getYear() <= 2199; d = d.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(d);
            assertThat(vietnam.toSolar(lunar)).as("%s ↔ %s", d, lunar).isEqualTo(d);
            if (previous != null && lunar.day() != 1) {
                assertThat(lunar.day()).as("%s", d).isEqualTo(previous.day() + 1);
            } else if (previous != null) {
                assertThat(previous.day()).as("month before %s", d).isIn(29, 30);
            }
            previous = lunar;
        }
    }

    @Test
    void years_outside_the_supported_range_are_rejected() {
        assertThatThrownBy(() -> vietnam.toLunar(LocalDate.of(1899, 12, 31))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vietnam.newYear(2200)).isInstanceOf(IllegalArgumentException.class);
    }
}
