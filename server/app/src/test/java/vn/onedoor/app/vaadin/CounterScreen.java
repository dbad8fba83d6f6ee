package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LoginFormKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import vn.onedoor.queue.QueueTransactions;

/** The counter screen as the karibu tests drive it: sign in, sit down, press actions, read the ticket. */
final class CounterScreen {

    private CounterScreen() {}

    static Component currentView() {
        return (Component) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    static void signIn(String route, String username) {
        UI.getCurrent().navigate(route);
        LoginFormKt._login(_get(LoginForm.class), username, "demo");
    }

    /** Signs in as the officer and sits down at the first counter of the list (counter 1, group A). */
    @SuppressWarnings("unchecked")
    static void atCounterOne(String officer) {
        signIn("counter", officer);
        ButtonKt._click((Button) GridKt._getCellComponent(_get(Grid.class), 0, "choose"));
    }

    static Button action(String name) {
        return _get(Button.class, spec -> spec.withId("od-action-" + name));
    }

    static String currentNumber() {
        return _get(Span.class, spec -> spec.withClasses("od-current-number")).getText();
    }

    /** Closes every counter and moves every ticket out of today, so each test starts in an empty hall. */
    static void emptyHall(QueueTransactions tx) {
        tx.write((c, events) -> {
            c.createStatement().execute("UPDATE counter_session SET current_ticket_id = NULL, status = 'CLOSED', "
                    + "officer_id = NULL, priority_streak = 0, pause_reason = NULL");
            c.createStatement().execute("UPDATE ticket SET status = 'CANCELLED', "
                    + "business_date = DATE_SUB(business_date, INTERVAL 1 YEAR) WHERE status <> 'CANCELLED'");
            c.createStatement().execute("DELETE FROM staff_counter_choice");
            c.createStatement().execute("DELETE FROM queue_alert_threshold");
            return c.createStatement().execute("UPDATE ticket_sequence SET waiting_priority = 0, waiting_normal = 0");
        });
    }
}
