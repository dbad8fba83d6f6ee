package vn.onedoor.drivers.agent;

import java.time.Duration;
import java.util.Random;

/**
 * Waits between reconnection attempts: exponential from {@code base} up to {@code cap}, with full
 * jitter (a random wait between half and all of the step) so a hall of agents restarted by a power
 * cut does not knock on the server in step. Not thread-safe.
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final Random random;
    private int failures;

    public Backoff(Duration base, Duration cap, Random random) {
        if (base.isZero() || base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap: " + base + ", " + cap);
        }
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait before the next attempt; each call counts one more failure. */
    public Duration next() {
        long step = base.toMillis() << Math.min(failures, 20);
        long ceiling = Math.min(cap.toMillis(), step);
        failures++;
        long floor = ceiling / 2;
        return Duration.ofMillis(floor + (long) (random.nextDouble() * (ceiling - floor + 1)));
    }

    /** After a success: the next failure waits {@code base} again. */
    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }
}
