package vn.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;
import vn.onedoor.testing.DatabaseTest;
import vn.onedoor.testing.TestClock;

/** The queue services on the demo center in a real MariaDB, one rule per test. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueServicesIT implements DatabaseTest {

    @Inject DemoCenter demo;
    @Inject CenterDirectory directory;
    @Inject StaffAccounts accounts;
    @Inject IssueTicket issue;
    @Inject CounterDesk desk;
    @Inject TicketHandling handling;
    @Inject QueueQueries queries;
    @Inject DayClose dayClose;
    @Inject TestClock clock;
    @Inject QueueTransactions tx;
    @Inject TicketLinks links;
    @Inject PublicTicketStatus status;

    private Center center;
    private long groupA;
    private long groupB;
    private long counter1; // serves A only
    private Actor officer1;
    private Actor officer2;

    @BeforeAll
    void demoCenter() {
        center = demo.install();
        List<ServiceGroup> groups = directory.serviceGroups(center.id());
        groupA = groups.get(0).id();
        groupB = groups.get(1).id();
        counter1 = counter(1);
        officer1 = new Actor(accounts.authenticate("officer1", "demo").orElseThrow().userId(), false);
        officer2 = new Actor(accounts.authenticate("officer2", "demo").orElseThrow().userId(), false);
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        tx.write((c, events) -> {
            c.createStatement().execute("UPDATE counter_session SET current_ticket_id = NULL, status = 'CLOSED', "
                    + "officer_id = NULL, priority_streak = 0");
            c.createStatement().execute("UPDATE ticket SET status = 'CANCELLED' WHERE status <> 'CANCELLED'");
            return c.createStatement().execute("UPDATE ticket_sequence SET waiting_priority = 0, waiting_normal = 0");
        });
    }

    private long counter(int number) {
        return directory.counters(center.id()).stream().map(CounterOverview::counter).filter(c -> c.number() == number)
                .findFirst().orElseThrow().id();
    }

    private Ticket take(long group, Priority priority) {
        return issue.issue(new IssueTicket.Request(center.id(), group, priority, null, null, null, null, null, null)).ticket();
    }

    @Test
    void a_ticket_gets_the_groups_next_number_and_is_told_how_many_are_ahead() {
        Ticket first = take(groupA, Priority.NORMAL);
        IssueTicket.Issued second = issue.issue(new IssueTicket.Request(center.id(), groupA, Priority.NORMAL, null,
                "0912 345 678", "000.00.12.H42-241122-0001", null, null, null));

        assertThat(second.ticket().number()).isEqualTo(first.number() + 1);
        assertThat(second.ticket().displayNumber()).startsWith("A-");
        assertThat(second.waitingAhead()).isEqualTo(1);
        assertThat(second.estimatedWaitMinutes()).isEqualTo(6); // one ahead, default 6 minutes, no counter open
        assertThat(queries.ticket(second.ticket().id())).hasValueSatisfying(t -> {
            assertThat(t.phone()).isEqualTo("0912 345 678");
            assertThat(t.status()).isEqualTo(TicketStatus.WAITING);
        });
    }

    @Test
    void a_retry_with_the_same_idempotency_key_gets_the_same_ticket() {
        var request = new IssueTicket.Request(center.id(), groupB, Priority.NORMAL, null, null, null, "kiosk-1-tap-42", null, null);

        IssueTicket.Issued once = issue.issue(request);
        IssueTicket.Issued again = issue.issue(request);

        assertThat(again.ticket().id()).isEqualTo(once.ticket().id());
        assertThat(again.repeated()).isTrue();
        assertThat(take(groupB, Priority.NORMAL).number()).isEqualTo(once.ticket().number() + 1);
    }

    @Test
    void bad_requests_are_refused_with_a_reason() {
        assertThatThrownBy(() -> issue.issue(new IssueTicket.Request(center.id(), 999_999, Priority.NORMAL, null, null,
                null, null, null, null))).hasFieldOrPropertyWithValue("code", "SERVICE_GROUP_NOT_FOUND");
        assertThatThrownBy(() -> issue.issue(new IssueTicket.Request(center.id(), groupA, Priority.NORMAL, null, "abc",
                null, null, null, null))).hasFieldOrPropertyWithValue("code", "INVALID_PHONE");
    }

    @Test
    void a_counter_calls_priority_first_and_walks_a_ticket_through_its_life() {
        Ticket normal = take(groupA, Priority.NORMAL);
        Ticket elderly = take(groupA, Priority.ELDERLY);
        assertThatThrownBy(() -> desk.callNext(counter1, officer1)).hasFieldOrPropertyWithValue("code", "COUNTER_CLOSED");

        desk.open(counter1, officer1);
        Ticket called = desk.callNext(counter1, officer1).orElseThrow();
        assertThat(called.id()).isEqualTo(elderly.id());
        assertThatThrownBy(() -> desk.callNext(counter1, officer1)).hasFieldOrPropertyWithValue("code", "TICKET_AT_COUNTER");
        assertThatThrownBy(() -> handling.recall(counter1, officer2)).hasFieldOrPropertyWithValue("code",
                "COUNTER_OF_OTHER_OFFICER");

        handling.start(counter1, officer1);
        assertThatThrownBy(() -> handling.complete(counter1, "LUNCH", officer1)).hasFieldOrPropertyWithValue("code",
                "UNKNOWN_OUTCOME");
        Ticket done = handling.complete(counter1, "DOSSIER_RECEIVED", officer1);
        assertThat(done.status()).isEqualTo(TicketStatus.COMPLETED);

        assertThat(desk.callNext(counter1, officer1)).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(normal.id()));
        assertThatThrownBy(() -> desk.close(counter1, officer1)).hasFieldOrPropertyWithValue("code", "TICKET_AT_COUNTER");
    }

    @Test
    void a_no_show_comes_after_two_recalls_and_may_rejoin_at_the_end() {
        Ticket missed = take(groupA, Priority.NORMAL);
        Ticket next = take(groupA, Priority.NORMAL);
        desk.open(counter1, officer1);
        desk.callNext(counter1, officer1);

        assertThatThrownBy(() -> handling.noShow(counter1, officer1)).hasFieldOrPropertyWithValue("code", "RECALL_FIRST");
        handling.recall(counter1, officer1);
        assertThat(handling.recall(counter1, officer1).recallCount()).isEqualTo(2);
        assertThat(handling.noShow(counter1, officer1).status()).isEqualTo(TicketStatus.NO_SHOW);

        Ticket back = handling.rejoin(center.id(), missed.id(), null);
        assertThat(back.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(desk.callNext(counter1, officer1)).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(next.id()));
    }

    @Test
    void a_transfer_keeping_the_place_puts_the_citizen_ahead_of_later_arrivals_in_the_new_group() {
        Ticket moving = take(groupA, Priority.NORMAL);
        clock.advance(Duration.ofMinutes(5));
        Ticket laterInB = take(groupB, Priority.NORMAL);
        desk.open(counter1, officer1);
        desk.callNext(counter1, officer1);
        handling.start(counter1, officer1);

        Ticket moved = handling.transfer(counter1, groupB, null, true, officer1);
        assertThat(moved.serviceGroupId()).isEqualTo(groupB);
        assertThat(queries.waiting(groupB, 10)).extracting(Ticket::id).containsExactly(moving.id(), laterInB.id());
        assertThat(queries.overview(center.id()).counters()).filteredOn(l -> l.session().counterId() == counter1)
                .singleElement().satisfies(l -> assertThat(l.currentTicket()).isNull());
    }

    @Test
    void a_ticket_sent_to_a_counter_goes_first_there_and_to_no_other_counter() {
        Ticket sent = take(groupA, Priority.NORMAL);
        clock.advance(Duration.ofMinutes(1));
        Ticket waitingLonger = take(groupA, Priority.NORMAL);
        long counter2 = counter(2); // also serves A
        desk.open(counter1, officer1);
        desk.callNext(counter1, officer1);
        handling.transfer(counter1, null, counter2, false, officer1);
        clock.advance(Duration.ofMinutes(1));
        Ticket later = take(groupA, Priority.NORMAL);

        assertThat(desk.callNext(counter1, officer1)).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(waitingLonger.id()));
        handling.complete(counter1, "ADVICE_ONLY", officer1);
        assertThat(desk.callNext(counter1, officer1)).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(later.id()));
        desk.open(counter2, officer2);
        assertThat(desk.callNext(counter2, officer2)).hasValueSatisfying(t -> {
            assertThat(t.id()).isEqualTo(sent.id());
            assertThat(t.counterId()).isEqualTo(counter2);
        });
    }

    @Test
    void closing_a_counter_sends_the_tickets_sent_to_it_back_to_their_group_keeping_their_place() {
        Ticket sent = take(groupA, Priority.NORMAL);
        clock.advance(Duration.ofMinutes(1));
        Ticket later = take(groupA, Priority.NORMAL);
        long counter2 = counter(2); // also serves A
        desk.open(counter1, officer1);
        assertThat(desk.callNext(counter1, officer1)).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(sent.id()));
        handling.transfer(counter1, null, counter2, true, officer1);
        desk.open(counter2, officer2);
        assertThat(publicStatus(sent).notice()).isNull();

        desk.pause(counter2, "họp", officer2);
        assertThat(publicStatus(sent).notice()).isEqualTo("TARGET_NOT_OPEN");
        assertThat(publicStatus(sent).targetCounterNumber()).isEqualTo(2);
        desk.open(counter2, officer2);
        desk.close(counter2, officer2);

        assertThat(queries.ticket(sent.id())).hasValueSatisfying(t -> {
            assertThat(t.status()).isEqualTo(TicketStatus.WAITING);
            assertThat(t.targetCounterId()).isNull();
        });
        assertThat(desk.callNext(counter1, officer1)).as("its place ahead of a later ticket is kept")
                .hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(sent.id()));
    }

    @Test
    void a_waiting_ticket_of_a_group_with_no_open_counter_says_so_on_the_phone_page() {
        Ticket waiting = take(groupA, Priority.NORMAL);
        assertThat(publicStatus(waiting).notice()).isEqualTo("NO_OPEN_COUNTER");

        desk.open(counter1, officer1);

        assertThat(publicStatus(waiting).notice()).isNull();
        assertThat(publicStatus(waiting).waitingAhead()).isZero();
    }

    private PublicTicketStatus.Status publicStatus(Ticket t) {
        String path = links.path(t.id());
        return status.of(path.substring(path.lastIndexOf('/') + 1)).orElseThrow();
    }

    @Test
    void a_parked_ticket_comes_back_to_the_counter_and_an_out_of_turn_call_needs_a_reason() {
        Ticket first = take(groupA, Priority.NORMAL);
        Ticket second = take(groupA, Priority.NORMAL);
        desk.open(counter1, officer1);
        desk.callNext(counter1, officer1);
        handling.start(counter1, officer1);
        assertThat(handling.park(counter1, officer1).status()).isEqualTo(TicketStatus.PARKED);

        assertThatThrownBy(() -> desk.call(counter1, second.id(), " ", officer1)).hasFieldOrPropertyWithValue("code",
                "REASON_REQUIRED");
        Ticket outOfTurn = desk.call(counter1, second.id(), "Công dân khuyết tật đến trễ", officer1);
        assertThat(outOfTurn.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(journalDetail(second.id(), "CALLED_OUT_OF_TURN")).isEqualTo("Công dân khuyết tật đến trễ");
        handling.start(counter1, officer1);
        handling.complete(counter1, "ADVICE_ONLY", officer1);

        Ticket resumed = handling.resume(counter1, first.id(), officer1);
        assertThat(resumed.status()).isEqualTo(TicketStatus.SERVING);
    }

    @Test
    void a_paused_counter_does_not_call_and_says_why() {
        take(groupA, Priority.NORMAL);
        desk.open(counter1, officer1);
        assertThat(desk.pause(counter1, "Nghỉ trưa", officer1).status()).isEqualTo(CounterStatus.PAUSED);

        assertThatThrownBy(() -> desk.callNext(counter1, officer1)).hasFieldOrPropertyWithValue("code", "COUNTER_PAUSED");
        assertThat(desk.open(counter1, officer1).status()).isEqualTo(CounterStatus.OPEN);
        assertThat(desk.callNext(counter1, officer1)).isPresent();
    }

    @Test
    void completing_and_calling_next_is_one_step_that_also_ends_on_an_empty_queue() {
        take(groupA, Priority.NORMAL);
        Ticket second = take(groupA, Priority.NORMAL);
        desk.open(counter1, officer1);
        Ticket first = desk.callNext(counter1, officer1).orElseThrow();

        CounterDesk.Handover h = desk.completeAndCallNext(counter1, "RESULT_RETURNED", officer1);
        assertThat(h.completed().id()).isEqualTo(first.id());
        assertThat(h.completed().status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(h.next()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(second.id()));

        CounterDesk.Handover last = desk.completeAndCallNext(counter1, "ADVICE_ONLY", officer1);
        assertThat(last.next()).isEmpty();
        assertThat(desk.close(counter1, officer1).status()).isEqualTo(CounterStatus.CLOSED);
    }

    @Test
    void nobody_waiting_means_nothing_is_called() {
        desk.open(counter1, officer1);
        assertThat(desk.callNext(counter1, officer1)).isEmpty();
    }

    @Test
    void waiting_tickets_of_a_past_day_expire_and_are_kept() {
        Ticket yesterday = take(groupA, Priority.NORMAL);
        clock.advance(Duration.ofDays(1));

        assertThat(dayClose.closePastDays()).isGreaterThanOrEqualTo(1);
        assertThat(queries.ticket(yesterday.id())).hasValueSatisfying(t -> assertThat(t.status()).isEqualTo(TicketStatus.EXPIRED));
        assertThat(take(groupA, Priority.NORMAL).number()).isEqualTo(1);
    }

    private String journalDetail(long ticketId, String type) {
        return tx.read((c, events) -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT detail FROM queue_journal WHERE ticket_id = ? AND type = ?")) {
                ps.setLong(1, ticketId);
                ps.setString(2, type);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }
}
