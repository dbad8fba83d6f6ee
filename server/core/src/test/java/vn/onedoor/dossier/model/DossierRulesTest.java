package vn.onedoor.dossier.model;

import vn.onedoor.platform.rules.Rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.onedoor.calendar.model.Channel;

class DossierRulesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
    private static final LocalDate APPOINTMENT = LocalDate.of(2026, 11, 16);

    private static Dossier received() {
        return new Dossier(1L, new DossierCode("000.00.03.H39", RECEIVED, 1), 1, 2, 3, 4, Channel.DIRECT,
                new Applicant("Nguyễn Văn An", "079123456789", null, null, null), Instant.parse("2026-11-02T02:00:00Z"),
                RECEIVED, APPOINTMENT, APPOINTMENT, DossierStatus.RECEIVED, 3L, null, null, false);
    }

    private static Dossier step(Dossier d, EventType type, LocalDate on) {
        return DossierRules.apply(d, DossierStep.of(type), on);
    }

    private static String code(Runnable action) {
        try {
            action.run();
            return "accepted";
        } catch (Rejection e) {
            return e.code();
        }
    }

    @Test
    void an_inter_agency_dossier_passes_two_agencies_in_order_then_gets_its_result_and_is_returned() {
        Dossier d = DossierRules.apply(received(), new DossierStep(EventType.PROCESSING, 5L, null, null), RECEIVED);
        d = DossierRules.apply(d, new DossierStep(EventType.PROCESSING, 6L, null, null), RECEIVED.plusDays(3));
        assertThat(d.currentAgencyId()).isEqualTo(6L);
        d = step(d, EventType.RESULT_READY, APPOINTMENT);
        assertThat(d.status()).isEqualTo(DossierStatus.RESULT_READY);
        assertThat(d.resultDate()).isEqualTo(APPOINTMENT);
        assertThat(d.timeliness(APPOINTMENT.plusDays(5))).isEqualTo(Timeliness.ON_TIME);
        d = step(d, EventType.RETURNED, APPOINTMENT.plusDays(2));
        assertThat(d.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(d.resultDate()).as("the result date stays the day the result was ready").isEqualTo(APPOINTMENT);
    }

    @Test
    void a_supplement_request_needs_a_reason_and_waits_for_the_papers() {
        assertThat(code(() -> step(received(), EventType.SUPPLEMENT_REQUESTED, RECEIVED))).isEqualTo("REASON_REQUIRED");
        Dossier waiting = DossierRules.apply(received(),
                new DossierStep(EventType.SUPPLEMENT_REQUESTED, null, "Thiếu bản sao sổ đỏ", null), RECEIVED);
        assertThat(code(() -> step(waiting, EventType.RESULT_READY, RECEIVED))).isEqualTo("STEP_NOT_ALLOWED");
        assertThat(step(waiting, EventType.SUPPLEMENTED, RECEIVED.plusDays(1)).status()).isEqualTo(DossierStatus.SUPPLEMENTED);
    }

    @Test
    void a_refusal_is_an_answer_dated_that_day_and_needs_a_reason() {
        assertThat(code(() -> step(received(), EventType.REJECTED, RECEIVED))).isEqualTo("REASON_REQUIRED");
        Dossier refused = DossierRules.apply(received(), new DossierStep(EventType.REJECTED, null, "Không thuộc thẩm quyền", null),
                RECEIVED.plusDays(1));
        assertThat(refused.status().resolved()).isTrue();
        assertThat(refused.resultDate()).isEqualTo(RECEIVED.plusDays(1));
        assertThat(step(refused, EventType.RETURNED, RECEIVED.plusDays(2)).status()).isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void processing_needs_its_agency_and_nothing_follows_a_return_or_a_withdrawal() {
        assertThat(code(() -> step(received(), EventType.PROCESSING, RECEIVED))).isEqualTo("AGENCY_REQUIRED");
        Dossier withdrawn = step(received(), EventType.WITHDRAWN, RECEIVED.plusDays(1));
        assertThat(withdrawn.withdrawnDate()).isEqualTo(RECEIVED.plusDays(1));
        assertThat(code(() -> step(withdrawn, EventType.RESULT_READY, RECEIVED.plusDays(2)))).isEqualTo("STEP_NOT_ALLOWED");
        assertThat(code(() -> step(received(), EventType.RETURNED, RECEIVED))).isEqualTo("STEP_NOT_ALLOWED");
        assertThat(code(() -> step(received(), EventType.RECEIVED, RECEIVED))).isEqualTo("INVALID_EVENT_TYPE");
    }

    @Test
    void an_apology_sets_a_later_promise_and_keeps_the_first_date_for_the_statistics() {
        assertThat(code(() -> DossierRules.apply(received(), new DossierStep(EventType.APOLOGY_ISSUED, null, "Chờ ý kiến",
                APPOINTMENT.plusDays(7)), APPOINTMENT.minusDays(DossierRules.APOLOGY_DAYS_BEFORE + 1))))
                .as("a dossier not yet due").isEqualTo("APOLOGY_TOO_EARLY");
        assertThat(DossierRules.apply(received(), new DossierStep(EventType.APOLOGY_ISSUED, null, "Chờ ý kiến",
                APPOINTMENT.plusDays(7)), APPOINTMENT.minusDays(DossierRules.APOLOGY_DAYS_BEFORE)).promisedDate())
                .as("three days before the date promised").isEqualTo(APPOINTMENT.plusDays(7));
        assertThat(code(() -> DossierRules.apply(received(), new DossierStep(EventType.APOLOGY_ISSUED, null, "Chờ ý kiến Sở Xây dựng",
                null), APPOINTMENT))).isEqualTo("NEW_APPOINTMENT_DATE_REQUIRED");
        assertThat(code(() -> DossierRules.apply(received(), new DossierStep(EventType.APOLOGY_ISSUED, null, "Chờ ý kiến",
                APPOINTMENT), APPOINTMENT))).isEqualTo("INVALID_NEW_APPOINTMENT_DATE");
        Dossier sorry = DossierRules.apply(received(), new DossierStep(EventType.APOLOGY_ISSUED, null, "Chờ ý kiến Sở Xây dựng",
                APPOINTMENT.plusDays(7)), APPOINTMENT);
        assertThat(sorry.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(sorry.promisedDate()).isEqualTo(APPOINTMENT.plusDays(7));
        assertThat(sorry.appointmentDate()).isEqualTo(APPOINTMENT);
        Dossier done = step(sorry, EventType.RESULT_READY, APPOINTMENT.plusDays(5));
        assertThat(done.timeliness(APPOINTMENT.plusDays(6))).as("late against the first date").isEqualTo(Timeliness.LATE);
    }

    @Test
    void a_step_cannot_be_dated_before_the_receipt() {
        assertThat(code(() -> step(received(), EventType.WITHDRAWN, RECEIVED.minusDays(1)))).isEqualTo("INVALID_EVENT_DATE");
    }

    @Test
    void an_entry_long_after_the_fact_is_a_late_entry_and_the_future_is_refused() {
        Instant now = Instant.parse("2026-11-23T03:00:00Z");
        assertThat(EntryTime.of(null, now)).isEqualTo(new EntryTime(now, false));
        assertThat(EntryTime.of(now.minusSeconds(600), now).lateEntry()).isFalse();
        assertThat(EntryTime.of(now.minusSeconds(3 * 3600), now).lateEntry()).isTrue();
        assertThat(code(() -> EntryTime.of(now.plusSeconds(600), now))).isEqualTo("INVALID_TIME_IN_FUTURE");
    }
}
