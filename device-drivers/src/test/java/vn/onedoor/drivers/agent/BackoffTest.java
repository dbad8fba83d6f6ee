package vn.onedoor.drivers.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void each_wait_lies_between_half_and_all_of_a_doubling_step_capped() {
        Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30), new Random(7));
        long[] steps = {250, 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000};
        for (long step : steps) {
            long wait = backoff.next().toMillis();
            assertThat(wait).as("step " + step).isBetween(step / 2, step);
        }
    }

    @Test
    void a_success_starts_again_from_the_base() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), new Random(1));
        for (int i = 0; i < 6; i++) {
            backoff.next();
        }
        backoff.reset();
        assertThat(backoff.next().toMillis()).isBetween(50L, 100L);
        assertThat(backoff.failures()).isEqualTo(1);
    }

    @Test
    void agents_restarted_together_do_not_retry_in_step() {
        List<Long> firstWaits = new ArrayList<>();
        for (int agent = 0; agent < 20; agent++) {
            Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), new Random(agent));
            backoff.next();
            backoff.next();
            firstWaits.add(backoff.next().toMillis());
        }
        assertThat(new HashSet<>(firstWaits)).hasSizeGreaterThan(15);
    }

    @Test
    void many_failures_never_overflow_past_the_cap() {
        Backoff backoff = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30), new Random(3));
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.next()).isBetween(Duration.ZERO, Duration.ofSeconds(30));
        }
    }

    @Test
    void a_cap_below_the_base_is_refused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), new Random()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
