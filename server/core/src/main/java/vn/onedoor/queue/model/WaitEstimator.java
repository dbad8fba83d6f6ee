package vn.onedoor.queue.model;

import java.time.Duration;

/**
 * How long a new ticket will wait: the people ahead, served at the group's recent average
 * service time by the counters open for the group. A counter that serves several groups gives
 * each its share (its weight for the group over its weights in all); at least one counter's
 * worth is assumed, since a closed group still opens.
 */
public final class WaitEstimator {

    private WaitEstimator() {}

    public static int minutes(long ahead, Duration averageService, double counters) {
        if (ahead <= 0) {
            return 0;
        }
        double seconds = ahead * (double) averageService.toSeconds() / Math.max(1.0, counters);
        return (int) Math.ceil(seconds / 60.0);
    }
}
