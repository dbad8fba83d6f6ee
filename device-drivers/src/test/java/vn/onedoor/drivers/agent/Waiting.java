package vn.onedoor.drivers.agent;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/** Waits for a condition, checking every 20 ms; fails with its description after the timeout. */
public final class Waiting {

    private Waiting() {
    }

    public static void until(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout.toMillis() + " ms: " + what);
            }
            LockSupport.parkNanos(20_000_000);
        }
    }
}
