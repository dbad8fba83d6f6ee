package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.queue.internal.CounterSessions;
import vn.onedoor.queue.model.CounterStatus;

/**
 * Which counters serve a group and which of them are open now: what a citizen is told when taking
 * a number, so nobody is promised "you are next" while every counter of the group is closed.
 */
@Singleton
public class OpenCounters {

    /** The counters (by number) that serve a group, and those of them open now. */
    public record OfGroup(List<Integer> serving, List<Integer> open) {
        /** No counter of the group is open now (paused ones count as not open). */
        public boolean noneOpen() {
            return open.isEmpty();
        }
    }

    private final CenterDirectory directory;
    private final QueueTransactions tx;

    OpenCounters(CenterDirectory directory, QueueTransactions tx) {
        this.directory = directory;
        this.tx = tx;
    }

    public OfGroup of(long centerId, long serviceGroupId) {
        Set<Integer> open = openNumbers(centerId);
        List<Integer> serving = directory.countersServing(centerId, serviceGroupId);
        return new OfGroup(serving, serving.stream().filter(open::contains).toList());
    }

    /** The numbers of the center's counters that are open now. */
    public Set<Integer> openNumbers(long centerId) {
        return tx.read((c, events) -> CounterSessions.ofCenter(c, centerId).stream()
                .filter(s -> s.status() == CounterStatus.OPEN).map(s -> s.counterNumber())
                .collect(Collectors.toSet()));
    }
}
