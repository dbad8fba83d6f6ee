package vn.onedoor.queue.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The rules a center can tune.
 *
 * @param priorityStreakLimit after this many priority calls in a row at a counter, a normal ticket goes (K)
 * @param recallsBeforeNoShow how many recalls a called citizen gets before the officer may mark a no-show
 * @param rejoinWindow how long after a no-show the citizen may rejoin the queue
 * @param defaultServiceTime the service time assumed for a group without statistics yet
 */
public record QueueRules(int priorityStreakLimit, int recallsBeforeNoShow, Duration rejoinWindow,
        Duration defaultServiceTime) {

    public static final QueueRules DEFAULT = new QueueRules(3, 2, Duration.ofMinutes(30), Duration.ofMinutes(6));

    public QueueRules {
        Objects.requireNonNull(rejoinWindow);
        Objects.requireNonNull(defaultServiceTime);
        if (priorityStreakLimit < 1 || recallsBeforeNoShow < 0 || rejoinWindow.isNegative()
                || defaultServiceTime.isNegative() || defaultServiceTime.isZero()) {
            throw new IllegalArgumentException("Queue rules out of range: " + priorityStreakLimit + ", "
                    + recallsBeforeNoShow + ", " + rejoinWindow + ", " + defaultServiceTime);
        }
    }
}
