package vn.onedoor.queue;

import java.util.ArrayList;
import java.util.List;
import vn.onedoor.queue.QueueQueries.GroupLine;

/**
 * When the manager wants to know: a service group with more than {@code maxWaiting} people
 * waiting, or whose longest wait is over {@code maxWaitMinutes}.
 */
public record AlertThresholds(int maxWaiting, int maxWaitMinutes) {

    /** Until a manager sets their own. */
    public static final AlertThresholds DEFAULT = new AlertThresholds(20, 30);

    public AlertThresholds {
        if (maxWaiting < 1 || maxWaitMinutes < 1) {
            throw new IllegalArgumentException("Alert thresholds must be at least 1: " + maxWaiting + ", "
                    + maxWaitMinutes);
        }
    }

    /** What passed a threshold: {@code value} against {@code limit} (people, or minutes). */
    public record Alert(long serviceGroupId, String prefix, String groupName, Kind kind, long value, long limit) {}

    public enum Kind {
        QUEUE_LENGTH,
        WAIT,
        /** people wait in a group and none of its counters is open ({@code value}: how many wait) */
        NO_OPEN_COUNTER,
        /** tickets wait for a counter that is not open ({@code value}: how many) */
        STRANDED
    }

    /** The groups over a threshold, queue length first, in the order given. */
    public List<Alert> check(List<GroupLine> groups) {
        List<Alert> alerts = new ArrayList<>();
        for (GroupLine g : groups) {
            if (g.waiting() > maxWaiting) {
                alerts.add(new Alert(g.serviceGroupId(), g.prefix(), g.name(), Kind.QUEUE_LENGTH, g.waiting(),
                        maxWaiting));
            }
        }
        for (GroupLine g : groups) {
            long minutes = g.longestWaitSeconds() / 60;
            if (minutes >= maxWaitMinutes) {
                alerts.add(new Alert(g.serviceGroupId(), g.prefix(), g.name(), Kind.WAIT, minutes, maxWaitMinutes));
            }
        }
        return alerts;
    }
}
