package vn.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.queue.internal.QueueSql;
import vn.onedoor.queue.internal.TicketRows;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;
import vn.onedoor.testing.DatabaseTest;

/** The queue under concurrency, on a real MariaDB: numbers, calls, and a transaction killed midway. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueConcurrencyIT implements DatabaseTest {

    @Inject DemoCenter demo;
    @Inject CenterDirectory directory;
    @Inject StaffAccounts accounts;
    @Inject IssueTicket issue;
    @Inject CounterDesk desk;
    @Inject TicketHandling handling;
    @Inject QueueTransactions tx;

    private Center center;
    private List<ServiceGroup> groups;

    @BeforeAll
    void demoCenter() {
        center = demo.install();
        groups = directory.serviceGroups(center.id());
    }

    private <T> List<T> inParallel(int threads, java.util.function.IntFunction<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.apply(n);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Ticket> issued(long groupId) {
        return tx.read((c, e) -> {
            List<Ticket> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ticket WHERE service_group_id = ? ORDER BY number")) {
                ps.setLong(1, groupId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(TicketRows.find(c, rs.getLong(1)).orElseThrow());
                    }
                }
            }
            return out;
        });
    }

    @Test
    void sixteen_kiosks_issuing_500_tickets_each_get_unique_contiguous_numbers_per_group() throws Exception {
        int before = groups.stream().mapToInt(g -> issued(g.id()).size()).sum();
        List<List<Ticket>> perThread = inParallel(16, n -> IntStream.range(0, 500).mapToObj(i -> {
            ServiceGroup g = groups.get(ThreadLocalRandom.current().nextInt(groups.size()));
            Priority p = i % 10 == 0 ? Priority.ELDERLY : Priority.NORMAL;
            return issue.issue(new IssueTicket.Request(center.id(), g.id(), p, null, null, null, null, null, null)).ticket();
        }).toList());

        assertThat(perThread.stream().mapToInt(List::size).sum()).isEqualTo(8000);
        int total = 0;
        for (ServiceGroup g : groups) {
            List<Integer> numbers = issued(g.id()).stream().map(Ticket::number).toList();
            assertThat(numbers).as("group " + g.prefix()).isEqualTo(IntStream.rangeClosed(1, numbers.size()).boxed().toList());
            total += numbers.size();
        }
        assertThat(total - before).isEqualTo(8000);
        assertWaitingCountsMatchTheTickets();
    }

    @Test
    void eight_counters_calling_at_once_never_call_the_same_ticket_and_serve_everyone() throws Exception {
        // a clean hall: tickets left waiting by another test of this class are withdrawn first
        tx.write((c, e) -> c.createStatement().executeUpdate("UPDATE ticket SET status = 'CANCELLED' WHERE status = 'WAITING'"));
        tx.write((c, e) -> c.createStatement().executeUpdate("UPDATE ticket_sequence SET waiting_priority = 0, waiting_normal = 0"));
        for (int i = 0; i < 600; i++) {
            ServiceGroup g = groups.get(i % groups.size());
            issue.issue(new IssueTicket.Request(center.id(), g.id(), i % 7 == 0 ? Priority.PREGNANT : Priority.NORMAL,
                    null, null, null, null, null, null));
        }
        List<Long> counters = directory.counters(center.id()).stream().map(CounterOverview::counter)
                .filter(k -> k.number() >= 5).map(k -> k.id()).toList();
        assertThat(counters).hasSize(8);
        Map<Long, Long> calledBy = new ConcurrentHashMap<>();
        List<Integer> served = inParallel(8, n -> {
            long counterId = counters.get(n);
            Actor officer = new Actor(accounts.authenticate("officer" + (n + 5), "demo").orElseThrow().userId(), false);
            desk.open(counterId, officer);
            int count = 0;
            for (Optional<Ticket> t = desk.callNext(counterId, officer); t.isPresent(); t = desk.callNext(counterId, officer)) {
                Long other = calledBy.putIfAbsent(t.get().id(), counterId);
                assertThat(other).as("ticket " + t.get().displayNumber() + " called twice").isNull();
                handling.start(counterId, officer);
                handling.complete(counterId, "ADVICE_ONLY", officer);
                count++;
            }
            return count;
        });

        long waitingLeft = tx.read((c, e) -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ticket WHERE status = 'WAITING'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        assertThat(waitingLeft).isZero();
        assertThat(served.stream().mapToInt(Integer::intValue).sum()).isEqualTo(600);
        long callsJournaled = tx.read((c, e) -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*), COUNT(DISTINCT ticket_id) FROM queue_journal WHERE type = 'CALLED'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("each ticket called once").isEqualTo(rs.getLong(2));
                return rs.getLong(1);
            }
        });
        assertThat(callsJournaled).isEqualTo(calledBy.size());
        assertWaitingCountsMatchTheTickets();
    }

    /** The kept waiting counts agree with a count over the tickets themselves. */
    private void assertWaitingCountsMatchTheTickets() {
        tx.read((c, e) -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT s.service_group_id, s.waiting_priority, "
                    + "s.waiting_normal, (SELECT COUNT(*) FROM ticket t WHERE t.service_group_id = s.service_group_id "
                    + "AND t.business_date = s.business_date AND t.status = 'WAITING' AND t.is_priority), "
                    + "(SELECT COUNT(*) FROM ticket t WHERE t.service_group_id = s.service_group_id "
                    + "AND t.business_date = s.business_date AND t.status = 'WAITING' AND NOT t.is_priority) "
                    + "FROM ticket_sequence s")) {
                while (rs.next()) {
                    assertThat(rs.getInt(2)).as("priority waiting of group " + rs.getLong(1)).isEqualTo(rs.getInt(4));
                    assertThat(rs.getInt(3)).as("normal waiting of group " + rs.getLong(1)).isEqualTo(rs.getInt(5));
                }
            }
            return null;
        });
    }

    @Test
    void a_transaction_killed_midway_leaves_neither_a_ticket_nor_a_used_number() throws Exception {
        ServiceGroup g = groups.get(2);
        int next = issued(g.id()).size() + 1;
        CountDownLatch halfDone = new CountDownLatch(1);
        CountDownLatch killed = new CountDownLatch(1);
        long[] connectionId = new long[1];
        Thread victim = new Thread(() -> {
            try {
                tx.write((c, events) -> {
                    try (ResultSet rs = c.createStatement().executeQuery("SELECT CONNECTION_ID()")) {
                        rs.next();
                        connectionId[0] = rs.getLong(1);
                    }
                    int number = QueueSql.reserveNumbers(c, g.id(), java.time.LocalDate.now(java.time.ZoneId.of(center.timeZone())), 1);
                    TicketRows.insert(c, Ticket.issue(center.id(), g.id(),
                            java.time.LocalDate.now(java.time.ZoneId.of(center.timeZone())), number, "C-KILLED",
                            Priority.NORMAL, null, null, null, java.time.Instant.now()), null, null, null);
                    halfDone.countDown();
                    try {
                        killed.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return c.createStatement().execute("SELECT 1");
                });
            } catch (RuntimeException | Error expected) {
                // the connection is gone: this is the crash under test
            }
        });
        victim.start();
        assertThat(halfDone.await(1, TimeUnit.MINUTES)).isTrue();
        tx.write((c, e) -> c.createStatement().execute("KILL CONNECTION " + connectionId[0]));
        killed.countDown();
        victim.join(TimeUnit.MINUTES.toMillis(1));

        assertThat(issued(g.id())).extracting(Ticket::displayNumber).doesNotContain("C-KILLED");
        Ticket after = issue.issue(new IssueTicket.Request(center.id(), g.id(), Priority.NORMAL, null, null, null, null,
                null, null)).ticket();
        assertThat(after.number()).isEqualTo(next);
        assertThatThrownBy(() -> tx.read((c, e) -> {
            throw new java.sql.SQLException("a read that fails is reported, not swallowed");
        })).isInstanceOf(vn.onedoor.platform.db.StorageFailure.class);
        assertThat(after.status()).isEqualTo(TicketStatus.WAITING);
    }
}
