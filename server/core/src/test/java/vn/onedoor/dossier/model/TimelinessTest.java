package vn.onedoor.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 003 Điều 14.4: early, on time, late, overdue — by date, never by time of day. */
class TimelinessTest {

    private static final LocalDate APPOINTMENT = LocalDate.of(2026, 11, 20);

    @Test
    void a_result_before_the_appointment_date_is_early() {
        assertThat(Timeliness.of(APPOINTMENT, APPOINTMENT.minusDays(1), APPOINTMENT.plusDays(9))).isEqualTo(Timeliness.EARLY);
    }

    @Test
    void a_result_on_the_appointment_date_is_on_time_whatever_the_hour() {
        assertThat(Timeliness.of(APPOINTMENT, APPOINTMENT, APPOINTMENT.plusDays(9))).isEqualTo(Timeliness.ON_TIME);
        assertThat(Timeliness.ON_TIME.inTime()).isTrue();
    }

    @Test
    void a_result_the_day_after_is_late() {
        assertThat(Timeliness.of(APPOINTMENT, APPOINTMENT.plusDays(1), APPOINTMENT.plusDays(1))).isEqualTo(Timeliness.LATE);
        assertThat(Timeliness.LATE.inTime()).isFalse();
    }

    @Test
    void without_a_result_it_is_in_progress_through_the_appointment_date_and_overdue_after() {
        assertThat(Timeliness.of(APPOINTMENT, null, APPOINTMENT)).isEqualTo(Timeliness.IN_PROGRESS);
        assertThat(Timeliness.of(APPOINTMENT, null, APPOINTMENT.plusDays(1))).isEqualTo(Timeliness.OVERDUE);
    }
}
