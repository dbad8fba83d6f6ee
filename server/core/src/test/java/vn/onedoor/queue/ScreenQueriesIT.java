package vn.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.queue.AlertThresholds.Kind;
import vn.onedoor.queue.ScreenQueries.CounterFigures;
import vn.onedoor.queue.ScreenQueries.Dashboard;
import vn.onedoor.queue.ScreenQueries.Desk;
import vn.onedoor.queue.ScreenQueries.GroupFigures;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.testing.DatabaseTest;
import vn.onedoor.testing.TestClock;

/** The figures of the counter screen and the dashboard, and what the screens remember, on a real MariaDB. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenQueriesIT implements DatabaseTest {

    @Inject DemoCenter demo;
    @Inject CenterDirectory directory;
    @Inject StaffAccounts accounts;
    @Inject IssueTicket issue;
    @Inject CounterDesk desk;
    @Inject TicketHandling handling;
    @Inject ScreenQueries screens;
    @Inject ScreenSettings settings;
    @Inject TestClock clock;
    @Inject QueueTransactions tx;

    private Center center;
    private long groupA;
    private long groupE;
    private long counter1; // serves A
    private long counter2; // serves A (weight 3) and E (weight 1)
    private Actor officer1;
    private Actor officer2;
    private Actor manager;

    @BeforeAll
    void demoCenter() {
        center = demo.install();
        List<ServiceGroup> groups = directory.serviceGroups(center.id());
        groupA = groups.stream().filter(g -> g.prefix().equals("A")).findFirst().orElseThrow().id();
        groupE = groups.stream().filter(g -> g.prefix().equals("E")).findFirst().orElseThrow().id();
        counter1 = counter(1);
        counter2 = counter(2);
        officer1 = actor("officer1", false);
        officer2 = actor("officer2", false);
        manager = actor("manager", true);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        tx.write((c, events) -> {
            c.createStatement().execute("UPDATE counter_session SET current_ticket_id = NULL, status = 'CLOSED', "
                    + "officer_id = NULL, priority_streak = 0, pause_reason = NULL");
            c.createStatement().execute("UPDATE ticket SET status = 'CANCELLED', "
                    + "business_date = DATE_SUB(business_date, INTERVAL 1 YEAR) WHERE status <> 'CANCELLED'");
            c.createStatement().execute("DELETE FROM queue_alert_threshold");
            return c.createStatement().execute("UPDATE ticket_sequence SET waiting_priority = 0, waiting_normal = 0");
        });
    }

    private Actor actor(String username, boolean supervisor) {
        return new Actor(accounts.authenticate(username, "demo").orElseThrow().userId(), supervisor);
    }

    private long counter(int number) {
        return directory.counters(center.id()).stream().map(CounterOverview::counter).filter(c -> c.number() == number)
                .findFirst().orElseThrow().id();
    }

    private Ticket take(long group, Priority priority) {
        return issue.issue(new IssueTicket.Request(center.id(), group, priority, null, null, null, null, null, null))
                .ticket();
    }

    @Test
    void the_desk_lists_tickets_sent_to_it_then_priority_then_the_longest_waiting_of_all_its_groups() {
        Ticket a1 = take(groupA, Priority.NORMAL);
        clock.advance(Duration.ofMinutes(1));
        Ticket e1 = take(groupE, Priority.NORMAL);
        Ticket a2 = take(groupA, Priority.ELDERLY);
        Ticket sent = take(groupA, Priority.NORMAL);
        desk.open(counter1, officer1);
        desk.call(counter1, sent.id(), "hồ sơ bổ sung", officer1);
        handling.transfer(counter1, null, counter2, false, officer1);

        Desk d = screens.desk(counter2, 10);

        assertThat(d.waiting()).extracting(Ticket::id).containsExactly(sent.id(), a2.id(), a1.id(), e1.id());
        assertThat(d.waitingTotal()).isEqualTo(4);
        // while counter 2 is not open, the ticket sent to it is offered to the group's other counters
        assertThat(screens.desk(counter1, 10).waiting()).extracting(Ticket::id).containsExactly(a2.id(), a1.id(),
                sent.id());
        assertThat(screens.desk(counter1, 10).waitingTotal()).isEqualTo(3);
        desk.open(counter2, officer2);
        assertThat(screens.desk(counter1, 10).waiting()).extracting(Ticket::id).containsExactly(a2.id(), a1.id());
        assertThat(screens.desk(counter1, 10).waitingTotal()).as("the count agrees with the list").isEqualTo(2);
        assertThat(screens.desk(counter2, 2).waiting()).hasSize(2);
    }

    @Test
    void the_desk_counts_todays_services_their_average_time_and_the_parked_tickets() {
        take(groupA, Priority.NORMAL);
        take(groupA, Priority.NORMAL);
        Ticket third = take(groupA, Priority.NORMAL);
        desk.open(counter1, officer1);
        desk.callNext(counter1, officer1);
        handling.start(counter1, officer1);
        clock.advance(Duration.ofMinutes(4));
        desk.completeAndCallNext(counter1, Outcomes.DOSSIER_RECEIVED, officer1);
        handling.start(counter1, officer1);
        clock.advance(Duration.ofMinutes(8));
        handling.complete(counter1, Outcomes.ADVICE_ONLY, officer1);
        desk.callNext(counter1, officer1);
        handling.park(counter1, officer1);

        Desk d = screens.desk(counter1, 10);

        assertThat(d.servedToday()).isEqualTo(2);
        assertThat(d.averageServiceSeconds()).isBetween(355L, 365L);
        assertThat(d.parked()).extracting(Ticket::id).containsExactly(third.id());
        assertThat(d.current()).isNull();
        assertThat(d.session().status()).isEqualTo(CounterStatus.OPEN);
    }

    @Test
    void the_dashboard_shows_each_groups_waiting_served_and_average_wait_and_each_counters_officer() {
        take(groupA, Priority.NORMAL);
        clock.advance(Duration.ofMinutes(10));
        take(groupA, Priority.NORMAL);
        desk.open(counter1, officer1);
        desk.callNext(counter1, officer1);
        handling.complete(counter1, Outcomes.RESULT_RETURNED, officer1);

        Dashboard board = screens.dashboard(center.id());

        GroupFigures a = board.groups().stream().filter(g -> g.line().serviceGroupId() == groupA).findFirst()
                .orElseThrow();
        assertThat(a.line().waiting()).isEqualTo(1);
        assertThat(a.servedToday()).isEqualTo(1);
        assertThat(a.averageWaitSeconds()).isBetween(595L, 605L);
        assertThat(a.calledToday()).isTrue();
        assertThat(board.groups().stream().filter(g -> g.line().serviceGroupId() != groupA))
                .as("groups nobody was called from today: no average to show").allSatisfy(g -> assertThat(g.calledToday()).isFalse());
        CounterFigures one = board.counters().stream().filter(k -> k.line().session().counterId() == counter1)
                .findFirst().orElseThrow();
        assertThat(one.officerName()).isEqualTo("Cán bộ quầy 1");
        assertThat(one.servedToday()).isEqualTo(1);
        assertThat(board.alerts()).isEmpty();
    }

    @Test
    void lowered_thresholds_are_kept_for_the_center_and_raise_alerts_for_length_and_wait() {
        take(groupA, Priority.NORMAL);
        take(groupA, Priority.NORMAL);
        clock.advance(Duration.ofMinutes(6));
        assertThat(settings.thresholds(center.id())).isEqualTo(AlertThresholds.DEFAULT);

        settings.saveThresholds(center.id(), new AlertThresholds(1, 5));

        assertThat(settings.thresholds(center.id())).isEqualTo(new AlertThresholds(1, 5));
        assertThat(screens.dashboard(center.id()).alerts())
                .extracting(AlertThresholds.Alert::prefix, AlertThresholds.Alert::kind, AlertThresholds.Alert::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", Kind.QUEUE_LENGTH, 2L),
                        org.assertj.core.groups.Tuple.tuple("A", Kind.WAIT, 6L),
                        org.assertj.core.groups.Tuple.tuple("A", Kind.NO_OPEN_COUNTER, 2L));
    }

    @Test
    void sitting_down_opens_a_free_counter_keeps_ones_own_pause_and_never_takes_anothers_counter() {
        assertThat(desk.sitDown(counter1, officer1).status()).isEqualTo(CounterStatus.OPEN);
        desk.pause(counter1, "họp giao ban", officer1);

        assertThat(desk.sitDown(counter1, officer1).status()).isEqualTo(CounterStatus.PAUSED);
        assertThatThrownBy(() -> desk.sitDown(counter1, officer2))
                .hasFieldOrPropertyWithValue("code", "COUNTER_OF_OTHER_OFFICER");
        assertThatThrownBy(() -> desk.sitDown(counter1, manager))
                .hasFieldOrPropertyWithValue("code", "COUNTER_OF_OTHER_OFFICER");
        desk.close(counter1, officer1);
        assertThat(desk.sitDown(counter1, officer2).officerId()).isEqualTo(officer2.userId());
    }

    @Test
    void the_counter_a_staff_member_chose_is_remembered_and_can_change() {
        assertThat(settings.chosenCounter(officer1.userId())).isEmpty();

        settings.chooseCounter(officer1.userId(), counter1);
        settings.chooseCounter(officer1.userId(), counter2);

        assertThat(settings.chosenCounter(officer1.userId())).contains(counter2);
        assertThat(settings.chosenCounter(officer2.userId())).isEmpty();
    }
}
