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
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.device.Device;
import vn.onedoor.device.DeviceCommand;
import vn.onedoor.device.DeviceCommands;
import vn.onedoor.device.DeviceInput;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.PeripheralKind;
import vn.onedoor.device.QrFrames;
import vn.onedoor.device.Peripherals;
import vn.onedoor.dossier.model.EventType;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.kiosk.ui.RatingView;
import vn.onedoor.queue.Actor;
import vn.onedoor.queue.CounterDesk;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.TicketHandling;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.rating.RatingSource;
import vn.onedoor.rating.SubmitRating;

/**
 * The rating terminal (with its counter's keypad) and the kiosk's rating door without a browser,
 * on the demo center in MariaDB.
 */
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
    @Inject DemoDossiers dossiers;
    @Inject ApplicationEventPublisher<DeviceInput> inputs;
    @Inject DeviceRegistry registry;
    @Inject Peripherals peripherals;
    @Inject DeviceCommands commands;

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
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("ALREADY_RATED"));

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
        Ticket ticket = completedAt(5, dossiers.returned(), Outcomes.RESULT_RETURNED);
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
    void at_the_kiosk_a_citizen_types_the_code_of_a_dossier_whose_result_was_handed_over_and_rates() {
        String returned = dossiers.returned();
        kioskRatingDoor();
        TextField code = _get(TextField.class, spec -> spec.withId("rating-code"));
        code.setValue("no code here");
        _click(_get(NativeButton.class, spec -> spec.withId("rating-next")));
        assertThat(kioskText()).contains("Chưa đọc được mã hồ sơ");

        code.setValue(" " + returned.toLowerCase() + " ");
        _click(_get(NativeButton.class, spec -> spec.withId("rating-next")));
        assertThat(kioskText()).contains(returned);
        _click(level(1));

        assertThat(kioskText()).contains("Cảm ơn quý khách");
        assertThat(submit.dossierRated(returned)).isTrue();
    }

    @Test
    void the_kiosk_refuses_an_unknown_dossier_and_one_not_finished_with_plain_words_and_shows_no_scale() {
        String ready = dossiers.after(EventType.RESULT_READY);
        String refusedNotCollected = dossiers.after(EventType.REJECTED);
        String processing = dossiers.after();
        kioskRatingDoor();
        TextField code = _get(TextField.class, spec -> spec.withId("rating-code"));

        code.setValue("000.00.03.H39-241122-9999");
        _click(_get(NativeButton.class, spec -> spec.withId("rating-next")));
        assertThat(message()).isEqualTo("Không tìm thấy hồ sơ có mã 000.00.03.H39-241122-9999 tại trung tâm này. "
                + "Xin quý khách kiểm tra lại mã trên giấy hẹn.");

        for (String notFinished : List.of(ready, refusedNotCollected, processing)) {
            code.setValue(notFinished);
            _click(_get(NativeButton.class, spec -> spec.withId("rating-next")));
            assertThat(message()).as(notFinished).startsWith("Hồ sơ " + notFinished + " chưa hoàn thành");
            assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-rating-level"))).isEmpty();
        }
        assertThat(submit.dossierRated(ready)).isFalse();
    }

    @Test
    void a_key_on_the_keypad_of_counter_5_votes_on_its_awake_terminal_like_a_tap() {
        terminal(5);
        CounterOverview five = counter(5);
        inputs.publishEvent(keypad(five, 4));
        MockVaadin.clientRoundtrip();
        assertThat(state()).as("a key while the terminal sleeps is ignored").isEqualTo("IDLE");

        Ticket ticket = completedAt(5, null, Outcomes.ADVICE_ONLY);
        MicronautMockVaadin.awaitOnUi(() -> "ASKING".equals(state()));
        inputs.publishEvent(keypad(counter(6), 1));
        inputs.publishEvent(keypad(five, 3));
        MicronautMockVaadin.awaitOnUi(() -> !"ASKING".equals(state()));

        assertThat(state()).isEqualTo("THANKS");
        assertThatThrownBy(() -> submit.submit(new SubmitRating.Request(null, null, ticket.id(), 1, List.of(), null, null,
                RatingSource.STAFF, null, null)))
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("ALREADY_RATED"));
        inputs.publishEvent(keypad(five, 1));
        MockVaadin.clientRoundtrip();
        assertThat(state()).as("a second key after the vote changes nothing").isEqualTo("THANKS");
    }

    @Test
    void waking_the_terminal_of_counter_5_queues_wake_rating_for_its_keypad() throws Exception {
        CounterOverview five = counter(5);
        Device agent = registry.create(five.counter().centerId(), DeviceType.AGENT, "Tác nhân thử bàn phím", null);
        Peripheral keypad = peripherals.add(agent.id(), PeripheralKind.RATING_KEYPAD, "Bàn phím đánh giá quầy 5", null,
                five.counter().id(), Map.of("transport", "simulated", "keys", "1:4,2:3,3:2,4:1"));
        terminal(5);

        completedAt(5, null, Outcomes.ADVICE_ONLY);
        MicronautMockVaadin.awaitOnUi(() -> "ASKING".equals(state()));

        List<DeviceCommand> queued = commands.take(agent.id(), Duration.ofSeconds(5));
        assertThat(queued).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo("WAKE_RATING");
            assertThat(c.peripheralId()).isEqualTo(keypad.id());
            assertThat(c.payload()).isEqualTo("{\"seconds\":60}");
        });
    }

    @Test
    void a_camera_frame_of_the_receipt_qr_in_the_kiosks_rating_door_opens_the_scale() throws Exception {
        String returned = dossiers.returned();
        kioskRatingDoor();
        Component camera = _get(Component.class, spec -> spec.withId("camera-scan"));
        String frame = QrFrames.dataUrl(QrFrames.frame("http://192.168.1.10:8080/hs/" + returned, 640, 480), "jpeg");

        clientCalls(camera, "frame", frame);
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-rating-level")))
                .as("frames count only while the camera looks").isEmpty();
        _click(_get(NativeButton.class, spec -> spec.withId("camera-start")));
        clientCalls(camera, "frame", QrFrames.dataUrl(new java.awt.image.BufferedImage(640, 480,
                java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg"));
        assertThat(camera.getElement().getAttribute("data-state")).as("a frame without a code").isEqualTo("LOOKING");
        clientCalls(camera, "frame", frame);

        assertThat(camera.getElement().getAttribute("data-state")).isEqualTo("OFF");
        assertThat(kioskText()).contains(returned);
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-rating-level"))).isNotEmpty();
    }

    @Test
    void a_refused_camera_is_told_in_plain_words_at_the_kiosk() throws Exception {
        kioskRatingDoor();
        Component camera = _get(Component.class, spec -> spec.withId("camera-scan"));
        _click(_get(NativeButton.class, spec -> spec.withId("camera-start")));

        clientCalls(camera, "failed", "DENIED");

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("camera-message")).getText())
                .startsWith("Camera chưa được cho phép dùng.");
        assertThat(camera.getElement().getAttribute("data-state")).isEqualTo("OFF");
    }

    /** What the browser's {@code $server.<method>(argument)} does: the @ClientCallable method runs on the server. */
    private static void clientCalls(Component component, String method, String argument) throws Exception {
        java.lang.reflect.Method callable = component.getClass().getMethod(method, String.class);
        callable.setAccessible(true);
        callable.invoke(component, argument);
    }

    private CounterOverview counter(int number) {
        return directory.counters(directory.defaultCenter().orElseThrow().id()).stream()
                .filter(c -> c.counter().number() == number).findFirst().orElseThrow();
    }

    private static DeviceInput keypad(CounterOverview counter, int rating) {
        return new DeviceInput(counter.counter().centerId(), 0, 0, counter.counter().id(), DeviceInput.KEY,
                String.valueOf(5 - rating), rating, null);
    }

    private static void kioskRatingDoor() {
        UI.getCurrent().navigate("kiosk", QueryParameters.of("device", "demo-kiosk-1"));
        _click(_get(NativeButton.class, spec -> spec.withId("door-rate")));
    }

    private static String message() {
        return _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("rating-message")).getText();
    }

    private static String kioskText() {
        return _get(Component.class, spec -> spec.withClasses("od-kiosk-rating")).getElement().getTextRecursively();
    }
}
