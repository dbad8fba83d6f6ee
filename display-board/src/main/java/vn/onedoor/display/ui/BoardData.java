package vn.onedoor.display.ui;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.queue.QueueQueries;
import vn.onedoor.queue.QueueQueries.CounterLine;
import vn.onedoor.queue.RecentCalls;
import vn.onedoor.queue.model.CounterStatus;

/** What the board shows, read in one go from the queue's application services. */
@Singleton
public class BoardData {

    private final CenterDirectory directory;
    private final QueueQueries queries;
    private final RecentCalls recentCalls;

    public BoardData(CenterDirectory directory, QueueQueries queries, RecentCalls recentCalls) {
        this.directory = directory;
        this.queries = queries;
        this.recentCalls = recentCalls;
    }

    /** A counter's cell: its status and the number it has called or serves, if any. */
    public record CounterCell(int number, String prefixes, CounterStatus status, String ticketNumber) {}

    public record GroupCell(String prefix, String name, long waiting) {}

    public record Snapshot(List<CounterCell> counters, List<GroupCell> groups, List<RecentCalls.Call> recent) {}

    public Snapshot snapshot(long centerId, int recentCount) {
        QueueQueries.Overview overview = queries.overview(centerId);
        Map<Long, CounterLine> lines = overview.counters().stream()
                .collect(Collectors.toMap(l -> l.session().counterId(), Function.identity()));
        List<CounterCell> counters = directory.counters(centerId).stream()
                .map(o -> {
                    CounterLine line = lines.get(o.counter().id());
                    CounterStatus status = line == null ? CounterStatus.CLOSED : line.session().status();
                    String ticket = line == null || line.currentTicket() == null ? null
                            : line.currentTicket().displayNumber();
                    return new CounterCell(o.counter().number(), o.prefixes(), status, ticket);
                })
                .toList();
        List<GroupCell> groups = overview.serviceGroups().stream()
                .map(g -> new GroupCell(g.prefix(), g.name(), g.waiting())).toList();
        return new Snapshot(counters, groups, recentCalls.of(centerId, recentCount));
    }
}
