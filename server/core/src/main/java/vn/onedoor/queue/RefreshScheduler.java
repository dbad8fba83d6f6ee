package vn.onedoor.queue;

import java.time.Duration;

/** Runs a screen's refresh later, off the thread that committed the change. */
public interface RefreshScheduler {

    void schedule(Duration delay, Runnable task);
}
