package vn.onedoor.calendar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onedoor.calendar.model.HolidayKind.COMPENSATORY;
import static vn.onedoor.calendar.model.HolidayKind.HOLIDAY;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseHolidaysTest {

    private final VietnameseHolidays holidays = VietnameseHolidays.DEFAULT;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private List<String> datesOf(int year, HolidayKind kind) {
        return holidays.of(year).stream().filter(h -> h.kind() == kind).map(h -> h.date().toString()).toList();
    }

    @Test
    void in_2026_the_law_gives_eleven_holidays_and_a_monday_for_hung_kings_day_on_a_sunday() {
        assertThat(datesOf(2026, HOLIDAY)).containsExactly("2026-01-01",
                "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
                "2026-04-26", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02");
        assertThat(holidays.of(2026)).filteredOn(h -> h.kind() == COMPENSATORY).singleElement().satisfies(h -> {
            assertThat(h.date()).isEqualTo(d("2026-04-27"));
            assertThat(h.name()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        });
    }

    @Test
    void tet_is_the_last_day_of_the_lunar_year_and_the_first_four_of_the_new_one() {
        assertThat(holidays.on(d("2026-02-16"))).hasValueSatisfying(h ->
                assertThat(h.name()).isEqualTo("Tết Nguyên đán (ngày cuối năm âm lịch)"));
        assertThat(holidays.on(d("2026-02-20"))).hasValueSatisfying(h ->
                assertThat(h.name()).isEqualTo("Tết Nguyên đán (mùng 4 tháng Giêng)"));
        assertThat(holidays.on(d("2026-02-15"))).isEmpty();
        assertThat(holidays.on(d("2026-02-21"))).isEmpty();
    }

    @Test
    void a_tet_over_a_weekend_gives_the_following_weekdays_off() {
        // Tết Giáp Thìn 2024 fell on Saturday: Sat 10 and Sun 11 February give Wed 14 and Thu 15.
        assertThat(datesOf(2024, HOLIDAY)).contains("2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-02-13");
        assertThat(datesOf(2024, COMPENSATORY)).containsExactly("2024-02-14", "2024-02-15");
    }

    @Test
    void holidays_on_a_weekend_in_2023_give_the_compensatory_days_that_were_announced() {
        // 1/1 Sunday → Mon 2/1; Giỗ Tổ Sat 29/4 and 30/4 Sunday → Tue 2/5 and Wed 3/5 (1/5 is itself a holiday);
        // 2/9 Saturday → Mon 4/9.
        assertThat(datesOf(2023, COMPENSATORY)).contains("2023-01-02", "2023-05-02", "2023-05-03", "2023-09-04");
        assertThat(datesOf(2023, HOLIDAY)).contains("2023-04-29", "2023-09-01", "2023-09-02");
    }

    @ParameterizedTest(name = "2/9/{0}: the adjacent day is {1}")
    @CsvSource({"2021, 2021-09-03", "2022, 2022-09-01", "2023, 2023-09-01", "2024, 2024-09-03",
        "2025, 2025-09-01", "2026, 2026-09-01", "2027, 2027-09-03"})
    void the_national_day_companion_matches_the_decisions_of_recent_years(int year, LocalDate expected) {
        assertThat(VietnameseHolidays.nationalDayCompanion(year)).isEqualTo(expected);
    }

    @Test
    void a_national_day_on_sunday_takes_monday_as_companion_and_tuesday_as_compensation() {
        // 2/9/2029 is a Sunday.
        assertThat(VietnameseHolidays.nationalDayCompanion(2029)).isEqualTo(d("2029-09-03"));
        assertThat(datesOf(2029, COMPENSATORY)).contains("2029-09-04");
    }

    @Test
    void every_year_has_eleven_statutory_days_off_and_one_compensatory_day_per_holiday_on_a_weekend() {
        for (int y = 2021; y <= 2060; y++) {
            int year = y;
            List<Holiday> all = holidays.of(year);
            long onWeekend = all.stream().filter(h -> h.kind() == HOLIDAY && VietnameseHolidays.weekend(h.date())).count();
            assertThat(all.stream().filter(h -> h.kind() == HOLIDAY)).as("%d", year).hasSize(11);
            assertThat(all.stream().filter(h -> h.kind() == COMPENSATORY)).as("%d", year).hasSize((int) onWeekend);
            assertThat(all).as("%d", year).allSatisfy(h -> assertThat(h.date().getYear()).isEqualTo(year))
                    .isSortedAccordingTo(java.util.Comparator.comparing(Holiday::date));
        }
    }
}
