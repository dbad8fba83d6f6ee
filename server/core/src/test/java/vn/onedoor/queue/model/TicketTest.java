package vn.onedoor.queue.model;

import vn.onedoor.platform.rules.Rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.onedoor.queue.model.TicketFixture.COUNTER_3;
import static vn.onedoor.queue.model.TicketFixture.GROUP_B;
import static vn.onedoor.queue.model.TicketFixture.NINE;
import static vn.onedoor.queue.model.TicketFixture.aCalledTicket;
import static vn.onedoor.queue.model.TicketFixture.aServingTicket;
import static vn.onedoor.queue.model.TicketFixture.aWaitingTicket;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final QueueRules RULES = QueueRules.DEFAULT;

    @Test
    void a_new_ticket_waits_and_its_place_is_its_issue_time() {
        Ticket t = aWaitingTicket();

        assertThat(t.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(Ticket.instantOfQueueKey(t.queueKey())).isEqualTo(NINE);
        assertThat(t.waited(NINE.plusSeconds(90))).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void a_called_ticket_belongs_to_the_counter_and_cannot_be_called_again() {
        Ticket called = aCalledTicket();

        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.counterId()).isEqualTo(COUNTER_3);
        assertThatThrownBy(() -> called.call(4, NINE)).isInstanceOf(Rejection.class)
                .satisfies(e -> assertThat(((Rejection) e).code()).isEqualTo("TICKET_CALLED"));
    }

    @Test
    void a_no_show_needs_the_configured_recalls_first_and_recalls_are_counted() {
        Ticket called = aCalledTicket();
        assertThatThrownBy(() -> called.noShow(RULES, NINE)).hasMessageContaining("recall");

        Ticket recalledTwice = called.recall().recall();
        assertThat(recalledTwice.recallCount()).isEqualTo(2);
        Ticket noShow = recalledTwice.noShow(RULES, NINE.plusSeconds(900));
        assertThat(noShow.status()).isEqualTo(TicketStatus.NO_SHOW);
        assertThat(noShow.finishedAt()).isEqualTo(NINE.plusSeconds(900));
    }

    @Test
    void a_no_show_may_rejoin_at_the_end_of_the_queue_within_the_window_only() {
        Instant missed = NINE.plusSeconds(900);
        Ticket noShow = aCalledTicket().recall().recall().noShow(RULES, missed);

        Ticket back = noShow.rejoin(RULES, missed.plus(Duration.ofMinutes(29)));
        assertThat(back.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(back.counterId()).isNull();
        assertThat(Ticket.instantOfQueueKey(back.queueKey())).isEqualTo(missed.plus(Duration.ofMinutes(29)));
        assertThatThrownBy(() -> noShow.rejoin(RULES, missed.plus(Duration.ofMinutes(31))))
                .satisfies(e -> assertThat(((Rejection) e).code()).isEqualTo("REJOIN_WINDOW_PASSED"));
    }

    @Test
    void a_ticket_at_the_counter_can_be_completed_and_keeps_its_outcome_but_a_waiting_one_cannot() {
        assertThatThrownBy(() -> aWaitingTicket().complete(Outcomes.ADVICE_ONLY, NINE)).isInstanceOf(Rejection.class);
        Ticket withoutStart = aCalledTicket().complete(Outcomes.ADVICE_ONLY, NINE.plusSeconds(900));
        assertThat(withoutStart.servingAt()).as("service counted from the call").isEqualTo(withoutStart.calledAt());

        Ticket done = aServingTicket().complete(Outcomes.DOSSIER_RECEIVED, NINE.plusSeconds(1200));
        assertThat(done.status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(done.outcome()).isEqualTo("DOSSIER_RECEIVED");
        assertThat(Duration.between(done.servingAt(), done.finishedAt())).isEqualTo(Duration.ofSeconds(540));
    }

    @Test
    void a_parked_ticket_resumes_serving_at_a_counter_with_its_service_start_kept() {
        Ticket serving = aServingTicket();
        Ticket parked = serving.park();
        assertThat(parked.status()).isEqualTo(TicketStatus.PARKED);

        Ticket resumed = parked.resume(5, NINE.plusSeconds(3000));
        assertThat(resumed.status()).isEqualTo(TicketStatus.SERVING);
        assertThat(resumed.counterId()).isEqualTo(5);
        assertThat(resumed.servingAt()).isEqualTo(serving.servingAt());
    }

    @Test
    void a_transfer_keeping_the_place_keeps_the_wait_and_one_to_the_end_starts_it_again() {
        Ticket serving = aServingTicket();
        Instant later = NINE.plusSeconds(1800);

        Ticket kept = serving.transferToGroup(GROUP_B, true, later);
        assertThat(kept.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(kept.serviceGroupId()).isEqualTo(GROUP_B);
        assertThat(kept.queueKey()).isEqualTo(serving.queueKey());

        Ticket atEnd = serving.transferToGroup(GROUP_B, false, later);
        assertThat(atEnd.waited(later)).isEqualTo(Duration.ZERO);
    }

    @Test
    void a_ticket_sent_to_a_counter_is_called_by_that_counter_only() {
        Ticket sent = aServingTicket().transferToCounter(7, true, NINE.plusSeconds(1800));

        assertThat(sent.targetCounterId()).isEqualTo(7);
        assertThatThrownBy(() -> sent.call(8, NINE.plusSeconds(1900)))
                .satisfies(e -> assertThat(((Rejection) e).code()).isEqualTo("TICKET_FOR_OTHER_COUNTER"));
        assertThat(sent.call(7, NINE.plusSeconds(1900)).targetCounterId()).isNull();
    }

    @Test
    void a_waiting_ticket_cannot_be_started_parked_or_transferred() {
        Ticket waiting = aWaitingTicket();

        assertThatThrownBy(() -> waiting.start(NINE)).isInstanceOf(Rejection.class);
        assertThatThrownBy(waiting::park).isInstanceOf(Rejection.class);
        assertThatThrownBy(() -> waiting.transferToGroup(GROUP_B, true, NINE)).isInstanceOf(Rejection.class);
    }
}
