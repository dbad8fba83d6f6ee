package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.queue.Actor;
import vn.onedoor.queue.CounterDesk;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.TicketHandling;
import vn.onedoor.queue.QueueListeners;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;

/** The wall board follows the queue by itself: a call made elsewhere appears and is announced. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardScreenTest implements DemoServerTest {

    @Inject BeanContext beans;
    @Inject CenterDirectory directory;
    @Inject IssueTicket issueTicket;
    @Inject CounterDesk desk;
    @Inject QueueListeners listeners;

    @BeforeEach
    void setUp() {
        MicronautMockVaadin.setup(beans);
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
    }

    @Test
    void a_call_at_a_counter_shows_on_the_board_as_the_newest_call_without_a_reload() {
        int before = listeners.count();
        UI.getCurrent().navigate("display", QueryParameters.of("device", "demo-board-1"));
        assertThat(listeners.count()).isEqualTo(before + 1);
        Center center = directory.defaultCenter().orElseThrow();
        CounterOverview counter = directory.counters(center.id()).stream()
                .filter(c -> c.counter().number() == 4).findFirst().orElseThrow();
        long groupId = counter.serves().get(0).serviceGroupId();
        Ticket ticket = issueTicket.issue(new IssueTicket.Request(center.id(), groupId, Priority.NORMAL, null, null, null,
                null, null, null)).ticket();
        Actor officer = new Actor(beans.getBean(StaffAccounts.class).authenticate("officer4", "demo").orElseThrow().userId(), false);
        desk.open(counter.counter().id(), officer);
        Ticket called = desk.callNext(counter.counter().id(), officer).orElseThrow();
        assertThat(called.id()).isEqualTo(ticket.id());

        MicronautMockVaadin.awaitOnUi(() -> cellText(4).contains(ticket.displayNumber()));
        Div latest = _get(Div.class, spec -> spec.withId("latest-call"));
        assertThat(latest.getElement().getTextRecursively()).contains(ticket.displayNumber(), "đến quầy số 4");
        assertThat(latest.getElement().getAttribute("aria-label"))
                .isEqualTo("Mời công dân có số thứ tự " + ticket.displayNumber() + " đến quầy số 4");
        assertThat(cell(4).getClassNames()).contains("od-latest");

        UI.getCurrent().navigate("kiosk", QueryParameters.of("device", "demo-kiosk-1"));
        assertThat(listeners.count()).as("the board stops listening when it goes").isEqualTo(before);
    }

    @Test
    void the_big_panel_keeps_only_a_call_that_stands_and_a_transferred_ticket_stays_in_the_recent_calls() {
        UI.getCurrent().navigate("display", QueryParameters.of("device", "demo-board-1"));
        Center center = directory.defaultCenter().orElseThrow();
        CounterOverview counter = directory.counters(center.id()).stream()
                .filter(c -> c.counter().number() == 6).findFirst().orElseThrow();
        long groupId = counter.serves().get(0).serviceGroupId();
        Actor officer = new Actor(beans.getBean(StaffAccounts.class).authenticate("officer6", "demo").orElseThrow()
                .userId(), false);
        Ticket first = issueTicket.issue(new IssueTicket.Request(center.id(), groupId, Priority.NORMAL, null, null, null,
                null, null, null)).ticket();
        desk.open(counter.counter().id(), officer);
        desk.call(counter.counter().id(), first.id(), "test", officer);
        MicronautMockVaadin.awaitOnUi(() -> latestText().contains(first.displayNumber()));

        // the citizen is sent on to another group: the call is history, and stays in the list
        beans.getBean(TicketHandling.class).transfer(counter.counter().id(), groupId, null, true, officer);
        MicronautMockVaadin.awaitOnUi(() -> !latestText().contains(first.displayNumber()));
        MicronautMockVaadin.awaitOnUi(() -> recentText().contains(first.displayNumber()));

        Ticket second = issueTicket.issue(new IssueTicket.Request(center.id(), groupId, Priority.NORMAL, null, null, null,
                null, null, null)).ticket();
        desk.call(counter.counter().id(), second.id(), "test", officer);
        MicronautMockVaadin.awaitOnUi(() -> latestText().contains(second.displayNumber()));
        desk.pause(counter.counter().id(), "họp", officer);
        MicronautMockVaadin.awaitOnUi(() -> !latestText().contains(second.displayNumber()));
        assertThat(latestText()).as("no invitation to a paused counter").doesNotContain("đến quầy số 6");
        assertThat(recentText()).contains(first.displayNumber());
    }

    private static String latestText() {
        return _get(Div.class, spec -> spec.withId("latest-call")).getElement().getTextRecursively();
    }

    private static String recentText() {
        return _find(Div.class, spec -> spec.withClasses("od-board-recent")).get(0).getElement().getTextRecursively();
    }

    private static Div cell(int counterNumber) {
        return _find(Div.class, spec -> spec.withClasses("od-board-cell")).stream()
                .filter(d -> String.valueOf(counterNumber).equals(d.getElement().getAttribute("data-counter")))
                .findFirst().orElseThrow();
    }

    private static String cellText(int counterNumber) {
        return cell(counterNumber).getElement().getTextRecursively();
    }
}
