package vn.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class IssueLanesTest {

    /** Repeated: it is about threads, and once it failed one run in several (a batch of nobody). */
    @RepeatedTest(25)
    void requests_that_arrive_together_share_a_batch_and_each_gets_its_own_result() throws Exception {
        List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch firstBatchRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        IssueLanes<Integer, List<Integer>, String> lanes = new IssueLanes<>(batch -> {
            batchSizes.add(batch.size());
            if (batchSizes.size() == 1) {
                firstBatchRunning.countDown();
                await(releaseFirst);
            }
            return batch;
        }, written -> written.stream().map(i -> "ticket " + i).toList());
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<String> first = pool.submit(() -> lanes.submit(1, 0));
            assertThat(firstBatchRunning.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                int n = i;
                others.add(pool.submit(() -> lanes.submit(1, n)));
            }
            waitUntilQueued(lanes, 8);
            releaseFirst.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("ticket 0");
            for (int i = 1; i <= 8; i++) {
                assertThat(others.get(i - 1).get(10, TimeUnit.SECONDS)).isEqualTo("ticket " + i);
            }
            assertThat(batchSizes).containsExactly(1, 8);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failed_batch_fails_every_request_in_it_and_the_lane_goes_on() {
        AtomicInteger calls = new AtomicInteger();
        IssueLanes<Integer, List<Integer>, Integer> lanes = new IssueLanes<>(batch -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("database gone");
            }
            return batch;
        }, written -> written);

        assertThatThrownBy(() -> lanes.submit(7, 1)).hasMessage("database gone");
        assertThat(lanes.submit(7, 2)).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntilQueued(IssueLanes<?, ?, ?> lanes, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (lanes.queued(1) < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(lanes.queued(1)).isEqualTo(count);
    }
}
