package vn.onedoor.app.vaadin;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import vn.onedoor.platform.events.AfterCommitDelivery;
import vn.onedoor.queue.RefreshScheduler;
import vn.onedoor.queue.TaskRefreshScheduler;

/** Screen refreshes that wait for the test to run them, so live updates are tested without sleeping. */
@Singleton
@Replaces(TaskRefreshScheduler.class)
@Requires(property = "onedoor.test.manual-refresh", value = "true")
public class ManualRefreshScheduler implements RefreshScheduler {

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AfterCommitDelivery delivery;

    ManualRefreshScheduler(AfterCommitDelivery delivery) {
        this.delivery = delivery;
    }

    /** Events go to the screens on a thread of their own after commit: they are all delivered first. */
    private void delivered() {
        if (!delivery.awaitDelivered(Duration.ofSeconds(10))) {
            throw new AssertionError("Events were not delivered within 10 s");
        }
    }

    @Override
    public void schedule(Duration delay, Runnable task) {
        tasks.add(task);
    }

    /** Refreshes asked for and not yet run. */
    public int pending() {
        delivered();
        return tasks.size();
    }

    /** Runs the refreshes asked for, then the UI tasks they queued (as push would). */
    public void runAll() {
        delivered();
        for (Runnable task = tasks.poll(); task != null; task = tasks.poll()) {
            task.run();
        }
        MockVaadin.runUIQueue();
    }

    public void clear() {
        tasks.clear();
    }
}
