package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.kiosk.ui.RatingView;
import vn.onedoor.queue.Actor;
import vn.onedoor.queue.CounterDesk;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.TicketHandling;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.rating.RatingRejection;
import vn.onedoor.rating.RatingSource;
import vn.onedoor.rating.SubmitRating;

/** The rating terminal and the kiosk's rating door without a browser, on the demo center in MariaDB. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingScreensTest implements DemoServerTest {

    @Inject BeanContext beans;
    @Inject CenterDirectory directory;
    @Inject StaffAccounts accounts;
    @Inject IssueTicket issue;
    @Inject CounterDesk desk;
    @Inject TicketHandling handling;
    @Inject SubmitRating submit;

    @BeforeEach
    void setUp() {
        MicronautMockVaadin.setup(beans);
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
    }

    /** An officer at the counter calls this very ticket and completes it with the outcome. */
    private Ticket completedAt(int counterNumber, String dossierCode, String outcome) {
        Center center = directory.defaultCenter().orElseThrow();
        CounterOverview counter = directory.counters(center.id()).stream()
                .filter(c -> c.counter().number() == counterNumber).findFirst().orElseThrow();
        Ticket ticket = issue.issue(new IssueTicket.Request(center.id(), counter.serves().get(0).serviceGroupId(),
                Priority.NORMAL, null, null, dossierCode, null, null, null)).ticket();
        Actor officer = new Actor(accounts.authenticate("officer" + counterNumber, "demo").orElseThrow().userId(), false);
        desk.open(counter.counter().id(), officer);
        desk.call(counter.counter().id(), ticket.id(), "test", officer);
        return handling.complete(counter.counter().id(), outcome, officer);
    }

    private static void terminal(int counterNumber) {
        UI.getCurrent().navigate("rating", QueryParameters.of("device", "demo-rating-" + counterNumber));
    }

    private static Div body() {
        return _get(Div.class, spec -> spec.withClasses("od-rating-body"));
    }

    private static String state() {
        return body().getElement().getAttribute("data-state");
    }

    private static NativeButton level(int score) {
        return _find(NativeButton.class, spec -> spec.withClasses("od-rating-level")).stream()
                .filter(b -> String.valueOf(score).equals(b.getElement().getAttribute("data-score")))
                .findFirst().orElseThrow();
    }

    @Test
    void completing_a_ticket_at_counter_5_wakes_its_terminal_but_not_the_terminal_of_counter_6() {
        terminal(6);
        assertThat(state()).isEqualTo("IDLE");
        assertThat(body().getElement().getTextRecursively()).contains("6");

        Ticket atFive = completedAt(5, null, Outcomes.ADVICE_ONLY);
        MockVaadin.clientRoundtrip();
        // Events reach the screens in order: once counter 6's own completion shows, counter 5's was seen and ignored.
        Ticket atSix = completedAt(6, null, Outcomes.ADVICE_ONLY);
        MicronautMockVaadin.awaitOnUi(() -> "ASKING".equals(state()));
        assertThat(body().getElement().getTextRecursively()).contains(atSix.displayNumber())
                .doesNotContain(atFive.displayNumber());

        terminal(5);
        assertThat(state()).isEqualTo("IDLE");
        Ticket again = completedAt(5, null, Outcomes.RESULT_RETURNED);
        MicronautMockVaadin.awaitOnUi(() -> "ASKING".equals(state()));
        assertThat(body().getElement().getTextRecursively()).contains(again.displayNumber(), "Rất hài lòng", "Hài lòng",
                "Không hài lòng", "Thái độ phục vụ");
    }

    @Test
    void a_vote_on_the_terminal_is_stored_with_its_criteria_and_the_terminal_thanks_then_goes_idle() {
        terminal(5);
        Ticket ticket = completedAt(5, "000.00.03.H39-261123-0101", Outcomes.RESULT_RETURNED);
        MicronautMockVaadin.awaitOnUi(() -> "ASKING".equals(state()));

        _click(_find(NativeButton.class, spec -> spec.withClasses("od-rating-chip")).get(0));
        _click(level(3));

        assertThat(state()).isEqualTo("THANKS");
        assertThat(body().getElement().getTextRecursively()).contains("Cảm ơn quý khách");
        assertThat(submit.dossierRated(ticket.dossierCode())).as("a result handed over is rated by its dossier").isTrue();
        assertThatThrownBy(() -> submit.submit(new SubmitRating.Request(null, null, ticket.id(), 1, List.of(), null, null,
                RatingSource.STAFF, null, null)))
                .isInstanceOfSatisfying(RatingRejection.class, e -> assertThat(e.code()).isEqualTo("ALREADY_RATED"));

        RatingView view = (RatingView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        int thanksScreen = Integer.parseInt(body().getElement().getAttribute("data-screen"));
        view.timeUp(thanksScreen - 1);
        assertThat(state()).as("a timer of an earlier screen changes nothing").isEqualTo("THANKS");
        view.timeUp(thanksScreen);
        assertThat(state()).isEqualTo("IDLE");
    }

    @Test
    void a_second_vote_is_refused_kindly_on_the_terminal_and_at_the_kiosk() {
        terminal(5);
        Ticket ticket = completedAt(5, "000.00.03.H39-261123-0202", Outcomes.RESULT_RETURNED);
        MicronautMockVaadin.awaitOnUi(() -> "ASKING".equals(state()));
        // Meanwhile the same dossier is rated elsewhere (the kiosk, the portal).
        submit.submit(new SubmitRating.Request(null, ticket.dossierCode(), null, 2, List.of(), null, null,
                RatingSource.KIOSK, null, null));

        _click(level(2));

        assertThat(state()).isEqualTo("REFUSED");
        assertThat(body().getElement().getTextRecursively()).contains("đã được đánh giá rồi", "Cảm ơn quý khách");

        UI.getCurrent().navigate("kiosk", QueryParameters.of("device", "demo-kiosk-1"));
        _click(_get(NativeButton.class, spec -> spec.withId("door-rate")));
        _get(TextField.class, spec -> spec.withId("rating-code")).setValue("https://onedoor.example/tra-cuu/"
                + ticket.dossierCode().toLowerCase());
        _click(_get(NativeButton.class, spec -> spec.withId("rating-next")));
        assertThat(kioskText()).contains("đã được đánh giá rồi");
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-rating-level"))).isEmpty();
    }

    @Test
    void at_the_kiosk_a_citizen_types_the_dossier_code_and_rates() {
        UI.getCurrent().navigate("kiosk", QueryParameters.of("device", "demo-kiosk-1"));
        _click(_get(NativeButton.class, spec -> spec.withId("door-rate")));
        TextField code = _get(TextField.class, spec -> spec.withId("rating-code"));
        code.setValue("no code here");
        _click(_get(NativeButton.class, spec -> spec.withId("rating-next")));
        assertThat(kioskText()).contains("Chưa đọc được mã hồ sơ");

        code.setValue(" 000.00.05.H39-261123-0303 ");
        _click(_get(NativeButton.class, spec -> spec.withId("rating-next")));
        assertThat(kioskText()).contains("000.00.05.H39-261123-0303");
        _click(level(1));

        assertThat(kioskText()).contains("Cảm ơn quý khách");
        assertThat(submit.dossierRated("000.00.05.H39-261123-0303")).isTrue();
    }

    private static String kioskText() {
        return _get(Component.class, spec -> spec.withClasses("od-kiosk-rating")).getElement().getTextRecursively();
    }
}
