package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onedoor.app.vaadin.CounterScreen.action;
import static vn.onedoor.app.vaadin.CounterScreen.atCounterOne;
import static vn.onedoor.app.vaadin.CounterScreen.currentNumber;
import static vn.onedoor.app.vaadin.CounterScreen.currentView;
import static vn.onedoor.app.vaadin.CounterScreen.signIn;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.counter.ui.CounterView;
import vn.onedoor.counter.ui.ManageView;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.QueueListeners;
import vn.onedoor.queue.QueueQueries;
import vn.onedoor.queue.QueueTransactions;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.rating.RatingSource;
import vn.onedoor.rating.SubmitRating;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/** The counter screen and the manager's dashboard without a browser, on the demo center in a real MariaDB. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterScreensTest implements DemoServerTest {

    @Inject BeanContext beans;
    @Inject CenterDirectory directory;
    @Inject IssueTicket issue;
    @Inject QueueQueries queries;
    @Inject QueueListeners listeners;
    @Inject QueueTransactions tx;
    @Inject ManualRefreshScheduler refreshes;
    @Inject vn.onedoor.rating.SubmitRating submit;

    private long centerId;
    private long groupA;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DemoServerTest.super.getProperties());
        properties.put("onedoor.test.manual-refresh", "true");
        return properties;
    }

    @BeforeAll
    void demoCenter() {
        centerId = directory.defaultCenter().orElseThrow().id();
        groupA = directory.serviceGroups(centerId).stream().filter(g -> g.prefix().equals("A"))
                .map(ServiceGroup::id).findFirst().orElseThrow();
    }

    @BeforeEach
    void setUp() {
        MicronautMockVaadin.setup(beans);
        refreshes.clear();
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
        CounterScreen.emptyHall(tx);
    }

    private void openCounterOfGroupA() {
        long counter = directory.counters(centerId).stream()
                .filter(o -> o.serves().stream().anyMatch(a -> a.serviceGroupId() == groupA)).findFirst().orElseThrow()
                .counter().id();
        tx.write((c, events) -> c.createStatement().executeUpdate("INSERT INTO counter_session (counter_id, center_id, "
                + "status, priority_streak, changed_at) VALUES (" + counter + ", " + centerId + ", 'OPEN', 0, UTC_TIMESTAMP(6)) "
                + "ON DUPLICATE KEY UPDATE status = 'OPEN'"));
    }

    private Ticket take(Priority priority) {
        return issue.issue(new IssueTicket.Request(centerId, groupA, priority, null, null, null, null, null, null))
                .ticket();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Ticket> waitingGrid() {
        return _get(Grid.class, spec -> spec.withClasses("od-waiting"));
    }

    @Test
    void an_officer_chooses_a_counter_once_and_the_screen_opens_on_it_next_time() {
        signIn("counter", "officer1");
        assertThat(currentView()).isInstanceOf(CounterView.class);
        assertThat(_find(Button.class, spec -> spec.withId("od-action-next"))).isEmpty();

        ButtonKt._click((Button) GridKt._getCellComponent(_get(Grid.class), 0, "choose"));
        assertThat(_get(Span.class, spec -> spec.withClasses("od-current-counter")).getText())
                .isEqualTo("Quầy số 1 · Đang mở");

        UI.getCurrent().navigate("manage");
        UI.getCurrent().navigate("counter");
        assertThat(action("next").isEnabled()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withClasses("od-current-counter")).getText()).startsWith("Quầy số 1");
    }

    @Test
    void a_counter_another_officer_works_cannot_be_chosen() {
        atCounterOne("officer1");
        UI.getCurrent().getSession().setAttribute(vn.onedoor.identity.StaffPrincipal.class, null);

        signIn("counter", "officer2");

        Button first = (Button) GridKt._getCellComponent(_get(Grid.class), 0, "choose");
        assertThat(first.isEnabled()).isFalse();
        assertThat(GridKt._getFormattedRow(_get(Grid.class), 0)).contains("Đang mở – Cán bộ quầy 1");
    }

    @Test
    void the_waiting_list_follows_the_queue_and_calling_next_shows_the_number_big() {
        atCounterOne("officer1");
        Ticket normal = take(Priority.NORMAL);
        Ticket elderly = take(Priority.ELDERLY);

        refreshes.runAll();

        assertThat(GridKt._size(waitingGrid())).isEqualTo(2);
        Div first = (Div) GridKt._getCellComponent(waitingGrid(), 0, "number");
        assertThat(first.getElement().getTextRecursively()).contains(elderly.displayNumber(), "Người cao tuổi");

        ButtonKt._click(action("next"));

        assertThat(currentNumber()).isEqualTo(elderly.displayNumber());
        assertThat(GridKt._size(waitingGrid())).isEqualTo(1);
        assertThat(GridKt._get(waitingGrid(), 0).id()).isEqualTo(normal.id());
        assertThat(action("next").isEnabled()).isFalse();
        assertThat(action("close").isEnabled()).isFalse();
        assertThat(action("no-show").isEnabled()).as("a no-show only after the recalls").isFalse();
        ButtonKt._click(action("recall"));
        ButtonKt._click(action("recall"));
        assertThat(action("no-show").isEnabled()).isTrue();
    }

    @Test
    void a_pause_needs_a_reason_stops_calling_and_resumes() {
        atCounterOne("officer1");
        take(Priority.NORMAL);

        ButtonKt._click(action("pause"));
        Button confirm = _get(Button.class, spec -> spec.withText("Xác nhận"));
        assertThat(confirm.isEnabled()).isFalse();
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Lý do tạm dừng (bắt buộc)"))
                .setValue("Họp giao ban");
        ButtonKt._click(confirm);

        assertThat(action("next").isEnabled()).isFalse();
        assertThat(action("pause").getText()).isEqualTo("Mở lại quầy");
        assertThat(_get(Span.class, spec -> spec.withClasses("od-current-state")).getText())
                .isEqualTo("Quầy tạm dừng: Họp giao ban");
        ButtonKt._click(action("pause"));
        assertThat(action("next").isEnabled()).isTrue();
    }

    @Test
    void a_double_click_on_call_next_calls_one_ticket_only() {
        atCounterOne("officer1");
        Ticket first = take(Priority.NORMAL);
        Ticket second = take(Priority.NORMAL);
        Button next = action("next");

        ComponentUtil.fireEvent(next, new ClickEvent<>(next));
        ComponentUtil.fireEvent(next, new ClickEvent<>(next)); // the second click of a double click

        assertThat(currentNumber()).isEqualTo(first.displayNumber());
        assertThat(queries.ticket(second.id()).orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).isNotEmpty();
    }

    @Test
    void starting_and_completing_with_an_outcome_counts_the_service() {
        atCounterOne("officer1");
        Ticket t = take(Priority.NORMAL);
        ButtonKt._click(action("next"));
        ButtonKt._click(action("start"));
        assertThat(queries.ticket(t.id()).orElseThrow().status()).isEqualTo(TicketStatus.SERVING);

        ButtonKt._click(action("complete"));
        ButtonKt._click(_get(Button.class, spec -> spec.withId("od-outcome-" + Outcomes.DOSSIER_RECEIVED)));

        Ticket done = queries.ticket(t.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(TicketStatus.COMPLETED);
        assertThat(done.outcome()).isEqualTo(Outcomes.DOSSIER_RECEIVED);
        assertThat(currentNumber()).isEqualTo("—");
        assertThat(_get(Span.class, spec -> spec.withClasses("od-figures")).getText())
                .startsWith("Hôm nay quầy đã phục vụ 1 lượt");
    }

    @Test
    void every_action_has_its_shortcut_on_the_button_and_the_keyboard_calls_next() {
        atCounterOne("officer1");
        Ticket t = take(Priority.NORMAL);

        ShortcutsKt.fireShortcut(Key.F2);

        assertThat(currentNumber()).isEqualTo(t.displayNumber());
        assertThat(action("next").getSuffixComponent().getElement().getText()).isEqualTo("F2");
        assertThat(action("complete").getSuffixComponent().getElement().getText()).isEqualTo("F9");
        assertThat(action("pause").getSuffixComponent().getElement().getText()).isEqualTo("Alt+P");
        ShortcutsKt.fireShortcut(Key.F3); // recall
        assertThat(queries.ticket(t.id()).orElseThrow().recallCount()).isEqualTo(1);
    }

    @Test
    void the_dashboard_shows_waiting_counts_live_with_one_refresh_for_a_burst_of_events() {
        signIn("manage", "manager");
        assertThat(currentView()).isInstanceOf(ManageView.class);
        assertThat(listeners.count()).isEqualTo(1);

        for (int i = 0; i < 20; i++) {
            take(Priority.NORMAL);
        }

        assertThat(refreshes.pending()).isEqualTo(1);
        refreshes.runAll();
        List<String> rowA = GridKt._getFormattedRow(_find(Grid.class).get(0), 0);
        assertThat(rowA.get(0)).isEqualTo("A");
        assertThat(rowA.get(2)).isEqualTo("20");

        UI.getCurrent().navigate("login");
        assertThat(listeners.count()).isEqualTo(0);
    }

    @Test
    void the_manager_reads_citizens_comments_and_filters_them_by_words_without_diacritics() {
        submit.submit(new SubmitRating.Request(centerId, "000.00.12.H39-261201-0042", null, 1, null,
                "Phải chờ quá lâu ở quầy đất đai", null, RatingSource.KIOSK, null, null));
        submit.submit(new SubmitRating.Request(centerId, "000.00.12.H39-261201-0043", null, 3, null,
                "Cán bộ vui vẻ", null, RatingSource.KIOSK, null, null));
        signIn("manage", "manager");

        Grid<?> grid = _get(Grid.class, spec -> spec.withClasses("od-comments-grid"));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(2);
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Tìm trong góp ý"))
                .setValue("cho qua lau");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Phải chờ quá lâu ở quầy đất đai", "1/3 · chưa hài lòng",
                "000.00.12.H39-261201-0042");
    }

    @Test
    void people_waiting_with_no_counter_of_their_group_open_raise_an_alert() {
        signIn("manage", "manager");
        take(Priority.NORMAL);
        refreshes.runAll();

        Div banner = _get(Div.class, spec -> spec.withClasses("od-alerts"));
        assertThat(banner.getElement().getTextRecursively()).contains("Nhóm A", "1 người đang chờ nhưng chưa có quầy nào mở");
    }

    @Test
    void a_lowered_threshold_raises_a_red_alert_and_is_kept() {
        openCounterOfGroupA();
        signIn("manage", "manager");
        take(Priority.NORMAL);
        take(Priority.NORMAL);
        refreshes.runAll();
        assertThat(_find(Div.class, spec -> spec.withClasses("od-alerts"))).as("no alert below the thresholds").isEmpty();

        _get(IntegerField.class, spec -> spec.withLabel("Số người chờ tối đa mỗi nhóm")).setValue(1);
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Lưu ngưỡng")));

        Div banner = _get(Div.class, spec -> spec.withClasses("od-alerts"));
        assertThat(banner.getElement().getTextRecursively()).contains("Nhóm A", "2 người đang chờ", "ngưỡng 1");
        UI.getCurrent().navigate("counter");
        UI.getCurrent().navigate("manage");
        assertThat(_get(IntegerField.class, spec -> spec.withLabel("Số người chờ tối đa mỗi nhóm")).getValue())
                .isEqualTo(1);
    }
}
