package vn.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;
import vn.onedoor.testing.DatabaseTest;

/**
 * A transferred ticket keeps its own number, whatever the group it goes to holds: a transfer of
 * A-0168 into a group with B-0168 answered 503, and so did issuing B-0168 after A-0168 had moved
 * into group B. Both directions, both ways of keeping the place, on a real MariaDB.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferCollisionIT implements DatabaseTest {

    @Inject DemoCenter demo;
    @Inject CenterDirectory directory;
    @Inject StaffAccounts accounts;
    @Inject IssueTicket issue;
    @Inject CounterDesk desk;
    @Inject TicketHandling handling;
    @Inject QueueQueries queries;
    @Inject QueueTransactions tx;

    private Center center;
    private List<ServiceGroup> groups;
    private Actor manager;

    @BeforeAll
    void demoCenter() {
        center = demo.install();
        groups = directory.serviceGroups(center.id());
        // a manager may act at any counter of the center
        manager = new Actor(accounts.authenticate("manager", "demo").orElseThrow().userId(), true);
    }

    @AfterEach
    void cleanUp() {
        tx.write((c, events) -> {
            c.createStatement().execute("UPDATE counter_session SET current_ticket_id = NULL, status = 'CLOSED', "
                    + "officer_id = NULL, priority_streak = 0");
            c.createStatement().execute("UPDATE ticket SET status = 'CANCELLED' WHERE status <> 'CANCELLED'");
            return c.createStatement().execute("UPDATE ticket_sequence SET waiting_priority = 0, waiting_normal = 0");
        });
    }

    @ParameterizedTest(name = "from group {0} to group {1}, keeping the place: {2}")
    @CsvSource({"0, 1, true", "0, 1, false", "1, 0, true", "1, 0, false"})
    void a_ticket_moves_into_a_group_that_holds_its_number_and_keeps_it(int from, int to, boolean keepPlace) {
        long fromGroup = groups.get(from).id();
        long toGroup = groups.get(to).id();
        int n = alignNextNumbers(fromGroup, toGroup);
        Ticket moving = take(fromGroup);
        Ticket sameNumber = take(toGroup);
        assertThat(moving.number()).isEqualTo(n).isEqualTo(sameNumber.number());

        long counter = counterServing(fromGroup);
        desk.open(counter, manager);
        desk.call(counter, moving.id(), "test", manager);
        Ticket moved = handling.transfer(counter, toGroup, null, keepPlace, manager);

        assertThat(moved.serviceGroupId()).isEqualTo(toGroup);
        assertThat(moved.displayNumber()).isEqualTo(moving.displayNumber());
        assertThat(moved.number()).isEqualTo(n);
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(queries.waiting(toGroup, 10)).extracting(Ticket::id).contains(moving.id(), sameNumber.id());
        // numbers go on in both groups, none reused
        assertThat(take(toGroup).number()).isEqualTo(n + 1);
        assertThat(take(fromGroup).number()).isEqualTo(n + 1);
    }

    @ParameterizedTest(name = "from group {0} to group {1}, keeping the place: {2}")
    @CsvSource({"0, 1, true", "0, 1, false", "1, 0, true", "1, 0, false"})
    void the_group_a_ticket_moved_into_still_issues_the_number_it_carries(int from, int to, boolean keepPlace) {
        long fromGroup = groups.get(from).id();
        long toGroup = groups.get(to).id();
        int n = alignNextNumbers(fromGroup, toGroup);
        Ticket moving = take(fromGroup);
        long counter = counterServing(fromGroup);
        desk.open(counter, manager);
        desk.call(counter, moving.id(), "test", manager);
        handling.transfer(counter, toGroup, null, keepPlace, manager);

        Ticket issued = take(toGroup);

        assertThat(issued.number()).isEqualTo(n);
        assertThat(issued.displayNumber()).isNotEqualTo(moving.displayNumber());
        assertThat(queries.waiting(toGroup, 10)).extracting(Ticket::id).contains(moving.id(), issued.id());
    }

    private Ticket take(long group) {
        return issue.issue(new IssueTicket.Request(center.id(), group, Priority.NORMAL, null, null, null, null, null, null))
                .ticket();
    }

    /** Issues (and cancels) tickets in the group behind until both groups give the same next number. */
    private int alignNextNumbers(long a, long b) {
        int nextA = take(a).number() + 1;
        int nextB = take(b).number() + 1;
        while (nextA < nextB) {
            nextA = take(a).number() + 1;
        }
        while (nextB < nextA) {
            nextB = take(b).number() + 1;
        }
        cleanUp();
        return nextA;
    }

    private long counterServing(long group) {
        return directory.counters(center.id()).stream()
                .filter(o -> o.serves().stream().anyMatch(s -> s.serviceGroupId() == group))
                .map(CounterOverview::counter).findFirst().orElseThrow().id();
    }
}
