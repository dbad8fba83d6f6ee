package vn.onedoor.app.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.onedoor.queue.RefreshThrottle;

/** How a screen turns a stream of queue events into refreshes, on a clock the test moves. */
class RefreshThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<Duration> delays = new ArrayList<>();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final AtomicInteger refreshes = new AtomicInteger();
    private Runnable duringRefresh = () -> {};
    private final RefreshThrottle throttle = new RefreshThrottle(Duration.ofMillis(300), nanos::get,
            (delay, task) -> {
                delays.add(delay);
                scheduled.add(task);
            }, Runnable::run, () -> {
                refreshes.incrementAndGet();
                duringRefresh.run();
            });

    private void runScheduled() {
        List<Runnable> now = new ArrayList<>(scheduled);
        scheduled.clear();
        now.forEach(Runnable::run);
    }

    private void advance(long millis) {
        nanos.addAndGet(millis * 1_000_000L);
    }

    @Test
    void the_first_event_refreshes_without_delay() {
        throttle.request();

        assertThat(delays).containsExactly(Duration.ZERO);
        runScheduled();
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void a_burst_of_events_before_the_refresh_runs_makes_one_refresh() {
        for (int i = 0; i < 500; i++) {
            throttle.request();
        }

        assertThat(scheduled).hasSize(1);
        runScheduled();
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void an_event_soon_after_a_refresh_waits_for_the_rest_of_the_interval() {
        throttle.request();
        runScheduled();
        advance(100);

        throttle.request();

        assertThat(delays).last().isEqualTo(Duration.ofMillis(200));
        advance(500);
        throttle.request();
        runScheduled();
        assertThat(refreshes).hasValue(2);
    }

    @Test
    void an_event_committed_while_the_screen_reads_asks_for_one_more_refresh() {
        duringRefresh = () -> {
            duringRefresh = () -> {};
            throttle.request();
        };
        throttle.request();

        runScheduled();

        assertThat(scheduled).as("the change made during the read is not lost").hasSize(1);
        runScheduled();
        assertThat(refreshes).hasValue(2);
    }
}
