package vn.onedoor.app.device;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Waits for a condition to hold, checking every 20 ms, and fails with its description after the timeout. */
public final class Eventually {

    private Eventually() {}

    public static Duration await(String what, Duration timeout, BooleanSupplier condition) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout.toMillis() + " ms: " + what);
            }
            LockSupport.parkNanos(20_000_000);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
