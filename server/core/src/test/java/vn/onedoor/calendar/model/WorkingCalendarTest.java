package vn.onedoor.calendar.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onedoor.calendar.model.Channel.DIRECT;
import static vn.onedoor.calendar.model.Channel.ONLINE;
import static vn.onedoor.calendar.model.Channel.POSTAL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar statutory = WorkingCalendar.statutory();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    /** A calendar with the given overrides (any year). */
    private static WorkingCalendar with(DayOverride... overrides) {
        Map<Integer, Map<LocalDate, DayOverride>> byYear = List.of(overrides).stream().collect(Collectors.groupingBy(
                o -> o.date().getYear(), Collectors.toMap(DayOverride::date, o -> o)));
        return new WorkingCalendar(VietnameseHolidays.DEFAULT, year -> byYear.getOrDefault(year, Map.of()));
    }

    @ParameterizedTest(name = "{0} working: {1}")
    @CsvSource({
        "2026-02-13, true",   // Friday before Tết Bính Ngọ
        "2026-02-14, false",  // Saturday
        "2026-02-16, false",  // 29 tháng Chạp, last day of Ất Tỵ
        "2026-02-17, false",  // mùng 1 Tết
        "2026-02-20, false",  // mùng 4
        "2026-02-23, true",   // Monday: back to work, as the 2026 announcement (14–22/2 off) has it
        "2026-04-27, false",  // compensatory day for Giỗ Tổ on Sunday 26/4
        "2026-04-28, true",
        "2026-09-01, false",
        "2026-11-23, true",
    })
    void working_days_follow_the_law(LocalDate date, boolean working) {
        assertThat(statutory.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void plus_working_days_skips_tet() {
        assertThat(statutory.plusWorkingDays(d("2026-02-12"), 1)).isEqualTo(d("2026-02-13"));
        assertThat(statutory.plusWorkingDays(d("2026-02-12"), 2)).isEqualTo(d("2026-02-23"));
        assertThat(statutory.plusWorkingDays(d("2026-02-13"), 5)).isEqualTo(d("2026-02-27"));
        assertThat(statutory.plusWorkingDays(d("2026-02-13"), 0)).isEqualTo(d("2026-02-13"));
    }

    @Test
    void plus_working_days_crosses_new_year() {
        assertThat(statutory.plusWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-02"));
        assertThat(statutory.plusWorkingDays(d("2025-12-31"), 2)).isEqualTo(d("2026-01-05"));
    }

    @Test
    void negative_working_days_are_rejected() {
        assertThatThrownBy(() -> statutory.plusWorkingDays(d("2026-02-13"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_online_dossier_before_five_pm_is_received_the_same_day() {
        assertThat(statutory.appointment(at("2026-11-19T16:59:59"), 3, ONLINE))
                .isEqualTo(new Appointment(d("2026-11-19"), d("2026-11-24")));
    }

    @Test
    void an_online_dossier_at_five_pm_sharp_is_not_yet_after_five() {
        assertThat(statutory.receivedDate(at("2026-11-19T17:00:00"), ONLINE)).isEqualTo(d("2026-11-19"));
    }

    @Test
    void an_online_dossier_after_five_pm_is_received_the_next_working_day() {
        assertThat(statutory.receivedDate(at("2026-11-19T17:00:01"), ONLINE)).isEqualTo(d("2026-11-20"));
        assertThat(statutory.appointment(at("2026-11-20T17:30"), 1, ONLINE))
                .isEqualTo(new Appointment(d("2026-11-23"), d("2026-11-24")));
    }

    @Test
    void a_postal_dossier_follows_the_online_rule() {
        assertThat(statutory.receivedDate(at("2026-11-19T18:00"), POSTAL)).isEqualTo(d("2026-11-20"));
    }

    @Test
    void a_direct_dossier_taken_after_five_pm_on_a_working_day_is_received_that_day() {
        assertThat(statutory.receivedDate(at("2026-11-19T17:45"), DIRECT)).isEqualTo(d("2026-11-19"));
    }

    @Test
    void a_dossier_submitted_on_a_weekend_or_holiday_is_received_the_next_working_day_on_every_channel() {
        for (Channel channel : Channel.values()) {
            assertThat(statutory.receivedDate(at("2026-11-21T09:00"), channel)).as("%s", channel).isEqualTo(d("2026-11-23"));
            assertThat(statutory.receivedDate(at("2026-02-17T10:00"), channel)).as("%s", channel).isEqualTo(d("2026-02-23"));
        }
    }

    @Test
    void on_the_eve_of_tet_an_online_dossier_of_friday_evening_waits_for_the_end_of_tet() {
        assertThat(statutory.appointment(at("2026-02-13T16:00"), 1, ONLINE))
                .isEqualTo(new Appointment(d("2026-02-13"), d("2026-02-23")));
        assertThat(statutory.appointment(at("2026-02-13T19:00"), 1, ONLINE))
                .isEqualTo(new Appointment(d("2026-02-23"), d("2026-02-24")));
        assertThat(statutory.appointment(at("2026-02-13T19:00"), 1, DIRECT))
                .isEqualTo(new Appointment(d("2026-02-13"), d("2026-02-23")));
    }

    @Test
    void a_make_up_saturday_is_a_working_day_and_the_swapped_monday_is_off() {
        // An announcement that adds Monday 2027-02-01 to the Tết break and makes Saturday 2027-02-20 a working day.
        WorkingCalendar calendar = with(new DayOverride(d("2027-02-01"), OverrideKind.OFF, "Hoán đổi nghỉ Tết"),
                new DayOverride(d("2027-02-20"), OverrideKind.WORKING, "Làm bù cho thứ Hai 01/02"));

        assertThat(calendar.isWorkingDay(d("2027-02-01"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-02-20"))).isTrue();
        assertThat(statutory.isWorkingDay(d("2027-02-20"))).isFalse();
        assertThat(calendar.plusWorkingDays(d("2027-02-19"), 1)).isEqualTo(d("2027-02-20"));
        assertThat(calendar.receivedDate(at("2027-02-19T17:30"), ONLINE)).isEqualTo(d("2027-02-20"));
        assertThat(calendar.appointment(at("2027-01-29T10:00"), 1, DIRECT).appointmentDate()).isEqualTo(d("2027-02-02"));
    }

    @Test
    void an_override_can_reopen_a_statutory_holiday_or_close_an_ordinary_day() {
        WorkingCalendar calendar = with(new DayOverride(d("2026-04-27"), OverrideKind.WORKING, null),
                new DayOverride(d("2026-04-29"), OverrideKind.OFF, "Nghỉ nối lễ 30/4"));

        assertThat(calendar.isWorkingDay(d("2026-04-27"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-04-29"))).isFalse();
        assertThat(calendar.plusWorkingDays(d("2026-04-24"), 2)).isEqualTo(d("2026-04-28"));
    }

    @Test
    void the_holidays_of_a_year_list_overrides_in_place_of_the_rule() {
        WorkingCalendar calendar = with(new DayOverride(d("2026-04-27"), OverrideKind.WORKING, null),
                new DayOverride(d("2026-02-13"), OverrideKind.OFF, "Nghỉ thêm trước Tết"));

        List<Holiday> days = calendar.holidays(2026);

        assertThat(days).extracting(Holiday::date).isSorted().doesNotHaveDuplicates();
        assertThat(days).filteredOn(h -> h.date().equals(d("2026-04-27"))).singleElement()
                .isEqualTo(new Holiday(d("2026-04-27"), "Ngày làm việc bù", HolidayKind.OVERRIDE_WORKING));
        assertThat(days).filteredOn(h -> h.date().equals(d("2026-02-13"))).singleElement()
                .isEqualTo(new Holiday(d("2026-02-13"), "Nghỉ thêm trước Tết", HolidayKind.OVERRIDE_OFF));
        assertThat(days).hasSize(statutory.holidays(2026).size() + 1);
    }
}
