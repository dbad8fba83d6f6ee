package vn.onedoor.queue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Coalesces a burst of queue events into few refreshes of one screen: at most one refresh per
 * interval, the first one without delay, and one more after the burst so the last change is
 * always shown. {@link #request()} is what an event listener calls: it only flips a flag and
 * hands a task to the scheduler, so the committing thread is not held up.
 */
public final class RefreshThrottle {

    private final Duration interval;
    private final LongSupplier nanoTime;
    private final RefreshScheduler scheduler;
    private final Consumer<Runnable> onUi;
    private final Runnable refresh;
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastRun = Long.MIN_VALUE;

    /**
     * @param onUi runs a task with the screen's UI locked ({@code ui.access})
     * @param refresh reads afresh and updates the screen; runs with the UI locked
     */
    public RefreshThrottle(Duration interval, LongSupplier nanoTime, RefreshScheduler scheduler,
            Consumer<Runnable> onUi, Runnable refresh) {
        this.interval = interval;
        this.nanoTime = nanoTime;
        this.scheduler = scheduler;
        this.onUi = onUi;
        this.refresh = refresh;
    }

    public void request() {
        if (!pending.compareAndSet(false, true)) {
            return; // a refresh is already coming and will read this change too
        }
        long now = nanoTime.getAsLong();
        long wait = lastRun == Long.MIN_VALUE ? 0 : Math.max(0, lastRun + interval.toNanos() - now);
        scheduler.schedule(Duration.ofNanos(wait), () -> onUi.accept(this::run));
    }

    private void run() {
        // cleared before reading, so an event committed during the read asks for one more refresh
        pending.set(false);
        lastRun = nanoTime.getAsLong();
        refresh.run();
    }
}
