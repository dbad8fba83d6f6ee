package vn.onedoor.queue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmallRulesTest {

    @Test
    void ticket_numbers_follow_the_centers_format() {
        assertThat(new TicketNumberFormat("{prefix}-{number:4}").format("A", 24)).isEqualTo("A-0024");
        assertThat(new TicketNumberFormat("{prefix}{number:3}").format("B", 24)).isEqualTo("B024");
        assertThat(new TicketNumberFormat("{prefix}-{number}").format("A", 1024)).isEqualTo("A-1024");
        assertThat(new TicketNumberFormat("{prefix}{number:3}").format("C", 12345)).isEqualTo("C12345");
        assertThat(new TicketNumberFormat("Số {prefix}.{number:2}").format("D", 7)).isEqualTo("Số D.07");
        assertThatThrownBy(() -> new TicketNumberFormat("{number}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_wait_estimate_spreads_the_people_ahead_over_the_open_counters() {
        assertThat(WaitEstimator.minutes(0, Duration.ofMinutes(6), 2)).isZero();
        assertThat(WaitEstimator.minutes(10, Duration.ofMinutes(6), 2)).isEqualTo(30);
        assertThat(WaitEstimator.minutes(1, Duration.ofSeconds(61), 1)).isEqualTo(2);
        assertThat(WaitEstimator.minutes(4, Duration.ofMinutes(5), 0)).isEqualTo(20);
        assertThat(WaitEstimator.minutes(10, Duration.ofMinutes(6), 1.5)).isEqualTo(40); // a shared counter counts in part
    }

    @Test
    void a_counter_calls_only_when_open_and_free_and_closes_only_when_free() {
        Instant now = Instant.parse("2026-11-23T01:00:00Z");
        CounterSession closed = CounterSession.closed(3, 1, 3);
        assertThatThrownBy(closed::requireFreeAndOpen).hasMessageContaining("CLOSED");

        CounterSession open = closed.open(42, now);
        open.requireFreeAndOpen();
        CounterSession busy = open.withCurrent(100L, 0);
        assertThatThrownBy(busy::requireFreeAndOpen).hasMessageContaining("still has a ticket");
        assertThatThrownBy(() -> busy.close(now)).hasMessageContaining("before closing");
        assertThatThrownBy(() -> open.pause(" ", now)).hasMessageContaining("reason");
        assertThat(open.pause("Họp giao ban", now).pauseReason()).isEqualTo("Họp giao ban");
    }

    @Test
    void rules_out_of_range_are_refused() {
        assertThatThrownBy(() -> new QueueRules(0, 2, Duration.ofMinutes(30), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
