package vn.onedoor.queue;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs an action once shortly after the first of a burst of touches: a screen that hears fifty
 * events in a second refreshes a few times, not fifty. The action runs on a shared timer thread
 * and must hand its work on quickly (a screen uses {@code UI.access}).
 */
public final class Coalescer {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "screen-refresh");
        t.setDaemon(true);
        return t;
    });

    private final Duration delay;
    private final Runnable action;
    private final AtomicBoolean pending = new AtomicBoolean();

    public Coalescer(Duration delay, Runnable action) {
        this.delay = delay;
        this.action = action;
    }

    public void touch() {
        if (pending.compareAndSet(false, true)) {
            TIMER.schedule(() -> {
                pending.set(false);
                action.run();
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
