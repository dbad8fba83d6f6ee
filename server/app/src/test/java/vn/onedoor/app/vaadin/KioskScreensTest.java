package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.kiosk.ui.KioskView;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.queue.Actor;
import vn.onedoor.queue.CounterDesk;
import vn.onedoor.queue.PublicTicketStatus;
import vn.onedoor.queue.QueueTransactions;
import vn.onedoor.queue.QueueQueries;
import vn.onedoor.queue.TicketLinks;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/** The kiosk's journeys without a browser, on the demo center in a real MariaDB. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskScreensTest implements DemoServerTest {

    @Inject BeanContext beans;
    @Inject QueueQueries queries;
    @Inject TicketLinks links;
    @Inject PublicTicketStatus publicStatus;
    @Inject CenterDirectory directory;
    @Inject CounterDesk desk;
    @Inject StaffAccounts accounts;
    @Inject QueueTransactions tx;
    @Inject vn.onedoor.catalog.Catalog catalog;

    @BeforeEach
    void setUp() {
        MicronautMockVaadin.setup(beans);
        UI.getCurrent().navigate("kiosk", QueryParameters.of("device", "demo-kiosk-1"));
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
    }

    private Actor manager() {
        return new Actor(accounts.authenticate("manager", "demo").orElseThrow().userId(), true);
    }

    private void closeEveryCounter() {
        tx.write((c, events) -> c.createStatement().executeUpdate(
                "UPDATE counter_session SET status = 'CLOSED', officer_id = NULL, current_ticket_id = NULL"));
    }

    private static KioskView kiosk() {
        return (KioskView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private static NativeButton tile(String prefix) {
        return _find(NativeButton.class, spec -> spec.withClasses("od-tile")).stream()
                .filter(b -> prefix.equals(b.getElement().getAttribute("data-prefix"))).findFirst().orElseThrow();
    }

    private static List<String> visiblePrefixes() {
        return _find(NativeButton.class, spec -> spec.withClasses("od-tile")).stream()
                .filter(Component::isVisible).map(b -> b.getElement().getAttribute("data-prefix")).toList();
    }

    @Test
    void home_offers_the_four_doors_in_vietnamese() {
        List<String> doors = _find(NativeButton.class, spec -> spec.withClasses("od-door")).stream()
                .map(b -> b.getElement().getTextRecursively()).toList();
        assertThat(doors).hasSize(4);
        assertThat(doors.get(0)).startsWith("Lấy số thứ tự");
        assertThat(doors.get(1)).startsWith("Tra cứu hồ sơ");
        assertThat(doors.get(2)).startsWith("Thủ tục & biểu mẫu");
        assertThat(doors.get(3)).startsWith("Đánh giá");
    }

    @Test
    void with_no_counter_of_the_group_open_the_tile_and_the_ticket_say_so_instead_of_you_are_next() {
        closeEveryCounter();
        _click(_get(NativeButton.class, spec -> spec.withId("door-take")));
        assertThat(tile("B").getElement().getTextRecursively()).contains("Chưa có quầy mở");
        _click(tile("B"));
        MockVaadin.clientRoundtrip();

        String text = kiosk().getElement().getTextRecursively();
        assertThat(text).contains("Hiện chưa có quầy nào mở cho dịch vụ này.", "Quầy phục vụ: 3, 4, 6, 11, 12")
                .doesNotContain("người tiếp theo");
    }

    @Test
    void taking_a_number_shows_it_with_the_people_ahead_and_says_plainly_that_nothing_was_printed() {
        closeEveryCounter();
        long counter3 = directory.counters(directory.defaultCenter().orElseThrow().id()).stream()
                .filter(o -> o.counter().number() == 3).findFirst().orElseThrow().counter().id();
        desk.open(counter3, manager());
        _click(_get(NativeButton.class, spec -> spec.withId("door-take")));
        assertThat(tile("B").getElement().getTextRecursively()).doesNotContain("Chưa có quầy mở");
        _click(tile("B"));
        MockVaadin.clientRoundtrip();

        String number = _get(Span.class, spec -> spec.withId("ticket-number")).getText();
        assertThat(number).matches("B-\\d{4}");
        String text = kiosk().getElement().getTextRecursively();
        assertThat(text).contains("Số thứ tự của quý khách", "Đất đai – Môi trường", "Quầy phục vụ: 3, 4, 6, 11, 12")
                .containsPattern("Quý khách là người tiếp theo|Có \\d+ người đang chờ trước quý khách")
                .doesNotContain("chưa có quầy nào mở");
        // The demo without a device gateway has no printer: the kiosk must not claim it printed.
        Paragraph status = _get(Paragraph.class, spec -> spec.withId("print-status"));
        assertThat(status.getText()).startsWith("Không in được phiếu (ki-ốt chưa có máy in)");
        assertThat(status.getClassNames()).contains("od-print-failed");
    }

    @Test
    void without_an_a4_printer_a_procedure_lists_its_forms_and_sends_the_citizen_to_a_counter_for_them() {
        KioskProcedureSteps.openProcedure("Lý lịch tư pháp", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");

        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("od-form")))
                .extracting(d -> d.getElement().getTextRecursively())
                .containsExactly("Mẫu số 03/2013/TT-LLTP – Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (dùng cho cá nhân có yêu cầu"
                        + " cấp Phiếu lý lịch tư pháp)", "Mẫu số 04/2013/TT-LLTP – Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (dùng"
                        + " cho cá nhân ủy quyền yêu cầu cấp Phiếu lý lịch tư pháp)");
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-form-print"))).as("no button that cannot work").isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("od-note")).getText())
                .isEqualTo("Ki-ốt này chưa in được biểu mẫu; xin mời nhận mẫu tại quầy.");
    }

    @Test
    void procedures_and_forms_can_be_searched_and_a_procedure_page_takes_a_number_for_it() {
        _click(_find(NativeButton.class, spec -> spec.withClasses("od-door")).stream()
                .filter(b -> b.getElement().getTextRecursively().startsWith("Thủ tục & biểu mẫu")).findFirst().orElseThrow());
        TextField search = _get(TextField.class, spec -> spec.withId("procedure-search"));
        search.setValue("ly lich tu phap cong dan");
        List<String> found = _find(NativeButton.class, spec -> spec.withClasses("od-choice")).stream()
                .filter(Component::isVisible).filter(b -> b.getParent().map(Component::isVisible).orElse(false))
                .map(b -> b.getElement().getTextRecursively()).toList();
        assertThat(found).as("every word typed without diacritics must match").isNotEmpty()
                .allMatch(t -> t.toLowerCase().contains("lý lịch tư pháp") && t.toLowerCase().contains("công dân"));

        search.setValue("không có thủ tục này");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("procedure-no-match")).getElement()
                .getTextRecursively()).contains("Không tìm thấy thủ tục nào khớp với «không có thủ tục này»");
        _click(_get(NativeButton.class, spec -> spec.withText("Xóa tìm kiếm")));
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("procedure-results")))
                .as("cleared: the results are hidden and the fields are back").isEmpty();
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-choice")).stream()
                .map(b -> b.getElement().getTextRecursively())).anyMatch(t -> t.startsWith("Đất đai"));

        search.setValue("1.003010");
        _click(_find(NativeButton.class, spec -> spec.withClasses("od-choice")).stream()
                .filter(b -> b.getElement().getTextRecursively().contains("1.003010")).findFirst().orElseThrow());
        NativeButton take = _get(NativeButton.class, spec -> spec.withId("procedure-take"));
        assertThat(take.getText()).as("the group that receives it, not the one that returns results")
                .isEqualTo("Lấy số cho thủ tục này (B – " + groupName("B") + ")");
        long waitingBefore = waitingIn("B");
        _click(take);
        String number = _get(Span.class, spec -> spec.withId("ticket-number")).getText();
        assertThat(number).startsWith("B-");
        assertThat(waitingIn("B")).isEqualTo(waitingBefore + 1);
        Ticket ticket = queries.waiting(groupId("B"), 500).stream()
                .filter(t -> t.displayNumber().equals(number)).findFirst().orElseThrow();
        assertThat(ticket.procedureId()).as("the ticket names the procedure")
                .isEqualTo(procedureId("1.003010"));
    }

    @Test
    void a_second_tap_on_the_same_screen_never_makes_a_second_ticket() {
        _click(_get(NativeButton.class, spec -> spec.withId("door-take")));
        NativeButton a = tile("A");
        NativeButton c = tile("C");
        long waitingBefore = waitingIn("A") + waitingIn("C");
        _click(a);
        String first = _get(Span.class, spec -> spec.withId("ticket-number")).getText();
        // The taps raced to the server before the screen changed: same screen, same attempt.
        _click(c);
        assertThat(waitingIn("A") + waitingIn("C")).isEqualTo(waitingBefore + 1);
        assertThat(_get(Span.class, spec -> spec.withId("ticket-number")).getText()).isEqualTo(first);
    }

    @Test
    void the_priority_path_issues_a_priority_ticket() {
        _click(_get(NativeButton.class, spec -> spec.withId("door-take")));
        _click(_get(NativeButton.class, spec -> spec.withId("priority-path")));
        assertThat(_get(H2.class).getText()).isEqualTo("Đối tượng được ưu tiên");
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-door"))).hasSize(5);
        _click(_get(NativeButton.class, spec -> spec.withId("priority-elderly")));
        _click(tile("D"));

        assertThat(_get(Span.class, spec -> spec.withClasses("od-priority-badge")).getText()).isEqualTo("Người cao tuổi");
        String number = _get(Span.class, spec -> spec.withId("ticket-number")).getText();
        Ticket ticket = queries.waiting(groupId("D"), 500).stream()
                .filter(t -> t.displayNumber().equals(number)).findFirst().orElseThrow();
        assertThat(ticket.priority()).isEqualTo(Priority.ELDERLY);
    }

    @Test
    void the_search_finds_a_group_by_a_procedure_typed_without_diacritics() {
        _click(_get(NativeButton.class, spec -> spec.withId("door-take")));
        assertThat(visiblePrefixes()).hasSize(6);
        TextField search = _get(TextField.class);
        search.setValue("dat dai");
        assertThat(visiblePrefixes()).containsExactly("B", "F"); // Đất đai, and F returns results of every procedure
        assertThat(tile("B").getElement().getTextRecursively()).as("the tile says which procedures matched")
                .contains("Phù hợp:").containsPattern("(?i)đất đai");
        search.setValue("không có thủ tục này");
        assertThat(visiblePrefixes()).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("no-match")).getElement()
                .getTextRecursively()).contains("Không tìm thấy thủ tục nào khớp với «không có thủ tục này»");
        _click(_get(NativeButton.class, spec -> spec.withText("Xóa tìm kiếm")));
        assertThat(search.getValue()).isEmpty();
        assertThat(visiblePrefixes()).hasSize(6);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("no-match"))).isEmpty();
    }

    @Test
    void an_idle_kiosk_goes_home_and_a_ticket_link_opens_its_status() {
        _click(_get(NativeButton.class, spec -> spec.withId("door-take")));
        _click(tile("E"));
        String number = _get(Span.class, spec -> spec.withId("ticket-number")).getText();
        Ticket ticket = queries.waiting(groupId("E"), 500).stream()
                .filter(t -> t.displayNumber().equals(number)).findFirst().orElseThrow();

        kiosk().idle();
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-door"))).hasSize(4);

        PublicTicketStatus.Status status = publicStatus.of(links.reference(ticket.id())).orElseThrow();
        assertThat(status.number()).isEqualTo(number);
        assertThat(status.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(status.waitingAhead()).isNotNull().isGreaterThanOrEqualTo(0);
        // A forged or walked id shows nothing.
        assertThat(publicStatus.of(ticket.id() + "-AAAAAAAAAAAA")).isEmpty();
        assertThat(publicStatus.of((ticket.id() + 1) + links.reference(ticket.id()).substring(String.valueOf(ticket.id()).length()))).isEmpty();
    }

    private long groupId(String prefix) {
        return queries.overview(directory.defaultCenter().orElseThrow().id()).serviceGroups().stream().filter(g -> g.prefix().equals(prefix)).findFirst().orElseThrow()
                .serviceGroupId();
    }

    private String groupName(String prefix) {
        return directory.serviceGroups(directory.defaultCenter().orElseThrow().id()).stream()
                .filter(g -> g.prefix().equals(prefix)).findFirst().orElseThrow().name();
    }

    private Long procedureId(String code) {
        return catalog.procedures().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long waitingIn(String prefix) {
        return queries.overview(directory.defaultCenter().orElseThrow().id()).serviceGroups().stream().filter(g -> g.prefix().equals(prefix)).findFirst().orElseThrow()
                .waiting();
    }

    @Test
    void after_the_idle_time_the_kiosk_is_home_in_vietnamese_with_no_search_left() {
        UI.getCurrent().navigate("kiosk", QueryParameters.of("lang", "en"));
        _click(_find(NativeButton.class, spec -> spec.withClasses("od-door")).get(0));
        _get(TextField.class).setValue("dat dai");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");

        kiosk().idle();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
        assertThat(_find(TextField.class)).isEmpty();
        List<String> doors = _find(NativeButton.class, spec -> spec.withClasses("od-door")).stream()
                .map(b -> b.getElement().getTextRecursively()).toList();
        assertThat(doors).hasSize(4);
        assertThat(doors.get(0)).startsWith("Lấy số thứ tự");
        // the next citizen's choice goes on in Vietnamese too
        _click(_find(NativeButton.class, spec -> spec.withClasses("od-door")).get(0));
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("vi");
        assertThat(_get(TextField.class).getValue()).isEmpty();
    }
}
