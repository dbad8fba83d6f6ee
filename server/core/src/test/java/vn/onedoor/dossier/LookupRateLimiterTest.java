package vn.onedoor.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LookupRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final LookupRateLimiter limiter = new LookupRateLimiter(3, 30, nanos::get);

    @Test
    void a_burst_passes_then_the_caller_waits_for_the_trickle() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("10.0.0.7").allowed()).isTrue();
        }
        LookupRateLimiter.Decision refused = limiter.tryAcquire("10.0.0.7");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(2);

        nanos.addAndGet(2_000_000_000L);
        assertThat(limiter.tryAcquire("10.0.0.7").allowed()).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.7").allowed()).isFalse();
    }

    @Test
    void callers_have_buckets_of_their_own() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("address:10.0.0.7");
        }
        assertThat(limiter.tryAcquire("address:10.0.0.7").allowed()).isFalse();
        assertThat(limiter.tryAcquire("device:4").allowed()).isTrue();
    }

    @Test
    void a_peek_takes_nothing_and_a_spend_takes_a_token() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.peek("b").allowed()).isTrue();
        }
        limiter.spend("b");
        limiter.spend("b");
        assertThat(limiter.peek("b").allowed()).isTrue();
        limiter.spend("b");
        assertThat(limiter.peek("b").allowed()).isFalse();
        limiter.spend("b"); // nothing left to take: stays refused, no debt
        nanos.addAndGet(2_000_000_000L);
        assertThat(limiter.peek("b").allowed()).isTrue();
    }

    @Test
    void a_long_pause_refills_no_more_than_the_burst() {
        nanos.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }
}
