package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.onedoor.app.vaadin.CounterScreen.action;
import static vn.onedoor.app.vaadin.CounterScreen.atCounterOne;
import static vn.onedoor.app.vaadin.CounterScreen.currentView;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.counter.ui.CounterView;
import vn.onedoor.device.DocumentPrinting;
import vn.onedoor.device.TicketPrinting.Outcome;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.device.DeviceInput;
import vn.onedoor.dossier.Actor;
import vn.onedoor.dossier.DossierDetail;
import vn.onedoor.dossier.DossierQueries;
import vn.onedoor.dossier.ReceiveDossier;
import vn.onedoor.dossier.RecordDossierEvent;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.DossierStep;
import vn.onedoor.dossier.model.EventType;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.QueueQueries;
import vn.onedoor.queue.QueueTransactions;
import vn.onedoor.queue.model.Outcomes;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;

/**
 * The dossier side of the counter screen without a browser, on the demo center in a real MariaDB:
 * receiving with the receipt sent to the counter's printer, the form's checks, opening a dossier
 * from a typed code, a scanned lookup link or the ticket, and handing over a result.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounterDossierScreensTest implements DemoServerTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject BeanContext beans;
    @Inject CenterDirectory directory;
    @Inject Catalog catalog;
    @Inject IssueTicket issue;
    @Inject QueueQueries queries;
    @Inject QueueTransactions tx;
    @Inject DossierQueries dossiers;
    @Inject ReceiveDossier receive;
    @Inject RecordDossierEvent record;
    @Inject RecordingDocumentPrinting printer;
    @Inject io.micronaut.context.event.ApplicationEventPublisher<DeviceInput> inputs;

    private long centerId;
    private long groupA;
    private Procedure procedure;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DemoServerTest.super.getProperties());
        properties.put("onedoor.test.recording-printer", "true");
        properties.put("onedoor.public-url", "https://motcua.example.vn");
        return properties;
    }

    @BeforeAll
    void demoCenter() {
        centerId = directory.defaultCenter().orElseThrow().id();
        groupA = directory.serviceGroups(centerId).stream().filter(g -> g.prefix().equals("A"))
                .map(ServiceGroup::id).findFirst().orElseThrow();
        procedure = catalog.proceduresOfServiceGroup(groupA).get(0);
    }

    @BeforeEach
    void setUp() {
        MicronautMockVaadin.setup(beans);
        printer.clear();
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
        CounterScreen.emptyHall(tx);
    }

    private Ticket calledTicket(Long procedureId, String dossierCode) {
        Ticket t = issue.issue(new IssueTicket.Request(centerId, groupA, Priority.NORMAL, procedureId, null, dossierCode,
                null, null, null)).ticket();
        ButtonKt._click(action("next"));
        return t;
    }

    private String dossierOf(String name) {
        return dossierOf(name, null);
    }

    /** @param receivedAt when it was received on paper, entered late; null for now */
    private String dossierOf(String name, java.time.Instant receivedAt) {
        return receive.receive(new ReceiveDossier.Request(centerId, procedure.id(), new Applicant(name, "079123456789",
                "0901234567", null, "12 Hùng Vương, Tân An"), Channel.DIRECT, receivedAt, null, Actor.officer(null)))
                .code();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static void fillApplicant(String name, String idNumber, String phone, String email) {
        _setValue(field("od-receive-name"), name);
        _setValue(field("od-receive-id-number"), idNumber);
        _setValue(field("od-receive-phone"), phone);
        _setValue(field("od-receive-email"), email);
        _setValue(field("od-receive-address"), "45 Nguyễn Huệ, phường 1, Tân An");
    }

    private static Button byId(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    /** Receives through the form for the ticket at the counter and answers the new code. */
    private String receiveThroughTheForm() {
        ButtonKt._click(action("receive-dossier"));
        procedureField().setValue(procedure);
        fillApplicant("Trần Thị Bích Ngọc", "079 186 000 123", "0912 345 678", "ngoc.tran@gmail.com");
        ButtonKt._click(byId("od-receive-confirm"));
        return _get(Span.class, spec -> spec.withClasses("od-dossier-code")).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Procedure> procedureField() {
        return _get(ComboBox.class, spec -> spec.withId("od-receive-procedure"));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void receiving_a_dossier_for_the_ticket_records_it_prints_the_receipt_and_suggests_the_outcome() throws IOException {
        atCounterOne("officer1");
        Ticket ticket = calledTicket(procedure.id(), null);

        ButtonKt._click(action("receive-dossier"));
        assertThat(procedureField().getValue()).as("preselected from the ticket").isEqualTo(procedure);
        String promised = text("od-receive-promise");
        fillApplicant("Trần Thị Bích Ngọc", "079 186 000 123", "0912 345 678", "ngoc.tran@gmail.com");
        ButtonKt._click(byId("od-receive-confirm"));

        String code = _get(Span.class, spec -> spec.withClasses("od-dossier-code")).getText();
        DossierDetail saved = dossiers.detail(code, centerId).orElseThrow();
        assertThat(saved.dossier().applicant().name()).isEqualTo("Trần Thị Bích Ngọc");
        assertThat(saved.dossier().applicant().idNumber()).isEqualTo("079186000123");
        assertThat(saved.dossier().applicant().phone()).isEqualTo("0912345678");
        assertThat(saved.dossier().channel()).isEqualTo(Channel.DIRECT);
        assertThat(promised).as("the date promised before confirming is the one recorded")
                .contains(saved.dossier().appointmentDate().format(DAY));
        long linkedTicket = tx.read((c, events) -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT ticket_id FROM dossier WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertThat(linkedTicket).as("the dossier knows the ticket it was received on").isEqualTo(ticket.id());

        assertThat(printer.jobs()).hasSize(1);
        RecordingDocumentPrinting.Job job = printer.jobs().get(0);
        long counterId = queries.ticket(ticket.id()).orElseThrow().counterId();
        assertThat(job.place()).isEqualTo(new DocumentPrinting.Place.Counter(counterId));
        assertThat(job.title()).isEqualTo(code);
        assertThat(pdfText(job.pdf())).contains(code, "Trần Thị Bích Ngọc", "GIẤY TIẾP NHẬN HỒ SƠ")
                .as("the officer who received it, under the officer's signature").contains("Cán bộ quầy 1");
        assertThat(text("od-receipt-status")).startsWith("Đã in giấy tiếp nhận");
        assertThat(text("od-dossier-status")).isEqualTo("Đã tiếp nhận");

        ButtonKt._click(action("complete"));
        Button suggested = byId("od-outcome-" + Outcomes.DOSSIER_RECEIVED);
        assertThat(suggested.getThemeNames()).contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        ButtonKt._click(suggested);
        assertThat(queries.ticket(ticket.id()).orElseThrow().outcome()).isEqualTo(Outcomes.DOSSIER_RECEIVED);
        assertThat(_find(Div.class, spec -> spec.withId("od-dossier"))).as("gone with the citizen").isEmpty();
    }

    @Test
    void a_counter_without_a_printer_offers_the_receipt_as_a_pdf() {
        printer.answerWith(new PrintReport(Outcome.NO_PRINTER, "NO_PRINTER"));
        atCounterOne("officer1");
        calledTicket(null, null);

        receiveThroughTheForm();

        assertThat(text("od-receipt-status")).isEqualTo(
                "Quầy chưa có máy in giấy tờ: hãy mở giấy tiếp nhận (PDF) và in bằng máy khác.");
        Anchor pdf = _get(Anchor.class, spec -> spec.withId("od-receipt-pdf"));
        assertThat(pdf.getHref()).isNotBlank();
        assertThat(pdf.getText()).isEqualTo("Mở giấy tiếp nhận (PDF)");
    }

    @Test
    void a_failed_print_says_why_in_words_and_prints_again_when_asked() {
        printer.answerWith(null);
        atCounterOne("officer1");
        calledTicket(null, null);

        String code = receiveThroughTheForm();
        assertThat(text("od-receipt-status")).as("while the printer works").startsWith("Đang in");
        printer.jobs().get(0).answer().complete(new PrintReport(Outcome.FAILED, "PAPER_OUT"));
        MicronautMockVaadin.awaitOnUi(() -> text("od-receipt-status").startsWith("Không in được"));
        assertThat(text("od-receipt-status")).isEqualTo("Không in được giấy tiếp nhận: máy in hết giấy.");
        assertThat(_find(Anchor.class, spec -> spec.withId("od-receipt-pdf"))).hasSize(1);

        printer.answerWith(PrintReport.printed());
        ButtonKt._click(byId("od-receipt-again"));
        assertThat(printer.jobs()).hasSize(2);
        assertThat(printer.jobs().get(1).title()).isEqualTo(code);
        MicronautMockVaadin.awaitOnUi(() -> text("od-receipt-status").startsWith("Đã in"));
    }

    @Test
    void a_receipt_that_fails_after_the_officer_moved_on_is_told_in_a_notification() {
        printer.answerWith(null);
        atCounterOne("officer1");
        calledTicket(null, null);
        String code = receiveThroughTheForm();
        ButtonKt._click(action("complete"));
        ButtonKt._click(byId("od-outcome-" + Outcomes.DOSSIER_RECEIVED));
        NotificationsKt.clearNotifications();

        printer.jobs().get(0).answer().complete(new PrintReport(Outcome.FAILED, "PAPER_OUT"));

        MicronautMockVaadin.awaitOnUi(() -> !NotificationsKt.getNotifications().isEmpty());
        NotificationsKt.expectNotifications("Giấy tiếp nhận hồ sơ " + code
                + " chưa được in: máy in hết giấy. Mở lại hồ sơ để in lại.");
        assertThat(_find(Span.class, spec -> spec.withId("od-receipt-status"))).as("the panel moved on").isEmpty();
    }

    @Test
    void a_printing_service_that_breaks_down_is_told_as_a_failed_print() {
        printer.answerWith(null);
        atCounterOne("officer1");
        calledTicket(null, null);

        String code = receiveThroughTheForm();
        printer.jobs().get(0).answer().completeExceptionally(new IllegalStateException("agent gone"));

        MicronautMockVaadin.awaitOnUi(() -> text("od-receipt-status").startsWith("Không in được"));
        assertThat(text("od-receipt-status")).isEqualTo("Không in được giấy tiếp nhận: lỗi khi gửi lệnh in.");
        assertThat(dossiers.detail(code, centerId)).as("the dossier stays received").isPresent();
    }

    @Test
    void the_form_says_what_is_wrong_and_receives_nothing_until_it_is_right() {
        atCounterOne("officer1");
        calledTicket(null, null);
        long before = countDossiers();

        ButtonKt._click(action("receive-dossier"));
        ButtonKt._click(byId("od-receive-confirm"));
        assertThat(procedureField().getErrorMessage())
                .isEqualTo("Hãy chọn thủ tục hành chính của hồ sơ.");
        assertThat(field("od-receive-name").getErrorMessage()).isEqualTo("Hãy nhập họ và tên người nộp hồ sơ.");
        assertThat(field("od-receive-id-number").getErrorMessage())
                .isEqualTo("Hãy nhập số căn cước công dân (12 chữ số) hoặc số hộ chiếu.");

        procedureField().setValue(procedure);
        fillApplicant("Lê Văn Tám", "07918600012", "12345", "ngoc@");
        ButtonKt._click(byId("od-receive-confirm"));

        assertThat(field("od-receive-id-number").isInvalid()).isTrue();
        assertThat(field("od-receive-id-number").getErrorMessage())
                .isEqualTo("Số căn cước công dân gồm đúng 12 chữ số; số hộ chiếu gồm 6–20 chữ cái và chữ số.");
        assertThat(field("od-receive-phone").getErrorMessage()).startsWith("Số điện thoại di động gồm 10 chữ số");
        assertThat(field("od-receive-email").getErrorMessage()).startsWith("Địa chỉ thư điện tử không đúng dạng");
        assertThat(field("od-receive-name").isInvalid()).isFalse();
        assertThat(countDossiers()).isEqualTo(before);
        assertThat(printer.jobs()).isEmpty();
    }

    @Test
    void a_foreign_applicant_is_received_on_a_passport_number() {
        atCounterOne("officer1");
        calledTicket(procedure.id(), null);
        ButtonKt._click(action("receive-dossier"));
        fillApplicant("John Smith", "c 1234567", "", "");
        ButtonKt._click(byId("od-receive-confirm"));

        String code = _get(Span.class, spec -> spec.withClasses("od-dossier-code")).getText();
        assertThat(dossiers.detail(code, centerId).orElseThrow().dossier().applicant().idNumber()).isEqualTo("C1234567");
    }

    @Test
    void the_procedure_list_is_searched_without_diacritics() {
        atCounterOne("officer1");
        calledTicket(null, null);
        ButtonKt._click(action("receive-dossier"));
        ComboBox<Procedure> procedures = procedureField();

        var found = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(procedures);
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(procedures, "dang ky ket hon");
        var filtered = com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(procedures);

        assertThat(filtered).isNotEmpty().hasSizeLessThan(found.size())
                .allSatisfy(p -> assertThat(p.name()).contains("Đăng ký kết hôn"));
    }

    private long countDossiers() {
        return tx.read((c, events) -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM dossier")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void a_typed_code_and_a_scanned_lookup_link_open_the_dossier_and_bad_input_is_told() {
        String code = dossierOf("Phạm Minh Châu");
        atCounterOne("officer1");

        _setValue(field("od-dossier-scan"), code.toLowerCase());
        assertThat(text("od-dossier")).contains(code, "Phạm Minh Châu", "079123456789", "0901234567",
                procedure.name(), "Tiếp nhận hồ sơ", "Trong hạn");
        assertThat(field("od-dossier-scan").getValue()).as("ready for the next scan").isEmpty();

        _setValue(field("od-dossier-scan"), "not a code");
        assertThat(_find(Div.class, spec -> spec.withId("od-dossier"))).isEmpty();
        assertThat(text("od-dossier-error")).startsWith("Mã hồ sơ không đúng dạng");

        String unknown = code.substring(0, code.length() - 4) + "9999";
        _setValue(field("od-dossier-scan"), unknown);
        assertThat(text("od-dossier-error")).isEqualTo("Không có hồ sơ mã " + unknown + ". Hãy kiểm tra lại mã trên giấy hẹn.");

        ((CounterView) currentView()).openDossier("https://motcua.example.vn/hs/" + code + "\n");
        assertThat(_find(Paragraph.class, spec -> spec.withId("od-dossier-error"))).as("the error went").isEmpty();
        assertThat(text("od-dossier")).contains(code, "Phạm Minh Châu");
    }

    @Test
    void a_serial_scanner_of_the_counter_opens_the_scanned_receipt_and_another_counters_does_not() {
        String code = dossierOf("Đỗ Thị Hạnh");
        atCounterOne("officer1");
        long counterOne = directory.counters(centerId).stream().filter(k -> k.counter().number() == 1)
                .findFirst().orElseThrow().counter().id();
        long counterTwo = directory.counters(centerId).stream().filter(k -> k.counter().number() == 2)
                .findFirst().orElseThrow().counter().id();

        inputs.publishEvent(new DeviceInput(centerId, 0, 0, counterTwo, "SCAN", code, null, null));
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        assertThat(_find(Div.class, spec -> spec.withId("od-dossier"))).as("counter 2's scanner").isEmpty();

        inputs.publishEvent(new DeviceInput(centerId, 0, 0, counterOne, "SCAN",
                "https://motcua.example.vn/hs/" + code, null, null));
        MicronautMockVaadin.awaitOnUi(() -> !_find(Div.class, spec -> spec.withId("od-dossier")).isEmpty());
        assertThat(text("od-dossier")).contains(code, "Đỗ Thị Hạnh");
    }

    @Test
    void a_dossier_of_another_center_is_not_shown() {
        long otherCenter = tx.write((c, events) -> {
            c.createStatement().execute("INSERT INTO center (code, name) VALUES ('DT-TTHCC', "
                    + "'Trung tâm Phục vụ Hành chính công tỉnh Đồng Tháp')");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT id FROM center WHERE code = 'DT-TTHCC'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        String theirs = receive.receive(new ReceiveDossier.Request(otherCenter, procedure.id(), new Applicant(
                "Huỳnh Văn Sơn", "087123456789", null, null, null), Channel.DIRECT, null, null, Actor.officer(null)))
                .code();
        atCounterOne("officer1");

        _setValue(field("od-dossier-scan"), theirs);

        assertThat(text("od-dossier-error")).isEqualTo("Hồ sơ " + theirs
                + " được tiếp nhận tại trung tâm khác; quầy này không xem và không xử lý được.");
        assertThat(_find(Div.class, spec -> spec.withId("od-dossier"))).isEmpty();
    }

    @Test
    void a_return_ticket_opens_its_dossier_and_the_result_is_handed_over() {
        String code = dossierOf("Võ Thị Hồng");
        record.record(new RecordDossierEvent.Request(code, DossierStep.of(EventType.RESULT_READY), null,
                Actor.officer(null), null, null));
        atCounterOne("officer1");
        Ticket ticket = calledTicket(null, code);

        assertThat(text("od-dossier")).as("opened by the ticket").contains(code, "Võ Thị Hồng", "Đã có kết quả");
        assertThat(_find(Button.class, spec -> spec.withId("od-dossier-supplement"))).as("not for a result").isEmpty();

        ButtonKt._click(byId("od-dossier-return"));

        assertThat(dossiers.detail(code, centerId).orElseThrow().dossier().status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(text("od-dossier-status")).isEqualTo("Đã trả kết quả");
        assertThat(_find(Button.class, spec -> spec.withId("od-dossier-return"))).as("handed over once").isEmpty();
        NotificationsKt.expectNotifications("Đã ghi nhận trả kết quả.");
        ButtonKt._click(action("complete"));
        assertThat(byId("od-outcome-" + Outcomes.RESULT_RETURNED).getThemeNames())
                .contains(ButtonVariant.LUMO_PRIMARY.getVariantName());
        ButtonKt._click(byId("od-outcome-" + Outcomes.RESULT_RETURNED));
        assertThat(queries.ticket(ticket.id()).orElseThrow().outcome()).isEqualTo(Outcomes.RESULT_RETURNED);
    }

    @Test
    void a_supplement_request_keeps_its_one_written_instruction_and_says_who_recorded_it() throws IOException {
        String code = dossierOf("Đặng Văn Lâm");
        atCounterOne("officer1");
        _setValue(field("od-dossier-scan"), code);

        ButtonKt._click(byId("od-dossier-supplement"));
        _setValue(_get(TextArea.class), "Bổ sung bản sao giấy chứng nhận kết hôn có chứng thực");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Xác nhận")));

        assertThat(dossiers.detail(code, centerId).orElseThrow().dossier().status())
                .isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        assertThat(text("od-dossier-history")).contains("Yêu cầu bổ sung hồ sơ",
                "Bổ sung bản sao giấy chứng nhận kết hôn có chứng thực", "Cán bộ ghi: Cán bộ quầy 1");
        // the receipt was recorded by no signed-in officer (an integration's or a script's): no name on its line
        assertThat(text("od-dossier-history")).containsOnlyOnce("Cán bộ ghi:");
        assertThat(byId("od-dossier-supplemented").isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("od-dossier-supplement"))).isEmpty();
        MicronautMockVaadin.awaitOnUi(() -> text("od-receipt-status").startsWith("Đã in phiếu yêu cầu bổ sung"));
        assertThat(printer.jobs()).singleElement().satisfies(job -> assertThat(pdfText(job.pdf())).contains(
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Ông/Bà: Đặng Văn Lâm", code,
                "Bổ sung bản sao giấy chứng nhận kết hôn có chứng thực", "NGƯỜI HƯỚNG DẪN", "Cán bộ quầy 1"));
    }

    @Test
    void a_refusal_is_recorded_with_its_reason_and_its_notice_is_printed() throws IOException {
        String code = dossierOf("Lý Thị Nga");
        atCounterOne("officer1");
        _setValue(field("od-dossier-scan"), code);

        ButtonKt._click(byId("od-dossier-reject"));
        _setValue(_get(TextArea.class), "Thủ tục không thuộc thẩm quyền giải quyết của Sở Tư pháp");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Xác nhận")));

        assertThat(dossiers.detail(code, centerId).orElseThrow().dossier().status()).isEqualTo(DossierStatus.REJECTED);
        MicronautMockVaadin.awaitOnUi(() -> text("od-receipt-status").startsWith("Đã in phiếu từ chối"));
        assertThat(printer.jobs()).singleElement().satisfies(job -> assertThat(pdfText(job.pdf())).contains(
                "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", "Ông/Bà: Lý Thị Nga",
                "Thủ tục không thuộc thẩm quyền giải quyết của Sở Tư pháp", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Cán bộ quầy 1"));
    }

    @Test
    void the_result_ready_step_is_recorded_on_the_screen_and_then_the_result_can_be_handed_over() {
        String code = dossierOf("Mai Văn Sơn");
        atCounterOne("officer1");
        _setValue(field("od-dossier-scan"), code);

        ButtonKt._click(byId("od-dossier-ready"));

        assertThat(dossiers.detail(code, centerId).orElseThrow().dossier().status()).isEqualTo(DossierStatus.RESULT_READY);
        assertThat(byId("od-dossier-return").isVisible()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("od-dossier-ready"))).isEmpty();
    }

    @Test
    void an_apology_is_offered_only_for_a_dossier_that_is_due_or_late() {
        // a procedure of ten working days or more, received now: not due for two weeks
        var slow = catalog.proceduresOfServiceGroup(groupA).stream().filter(p -> p.processingDays() >= 10).findFirst()
                .orElseThrow();
        String fresh = receive.receive(new ReceiveDossier.Request(centerId, slow.id(), new Applicant("Bùi Văn Nam",
                "079123456789", null, null, null), Channel.DIRECT, null, null, Actor.officer(null))).code();
        String old = dossierOf("Bùi Văn Tâm", java.time.Instant.now().minus(java.time.Duration.ofDays(60)));
        atCounterOne("officer1");

        _setValue(field("od-dossier-scan"), fresh);
        assertThat(_find(Button.class, spec -> spec.withId("od-dossier-apology"))).as("not yet due").isEmpty();
        assertThat(byId("od-dossier-ready").isVisible()).as("the result-ready step").isTrue();
        _setValue(field("od-dossier-scan"), old);
        assertThat(byId("od-dossier-apology").isVisible()).as("a late dossier").isTrue();
    }

    @Test
    void an_apology_letter_sets_a_later_date_and_is_printed_for_the_citizen() throws IOException {
        // received on paper four weeks ago: due by now
        String code = dossierOf("Bùi Thị Mai", java.time.Instant.now().minus(java.time.Duration.ofDays(28)));
        java.time.LocalDate promised = dossiers.detail(code, centerId).orElseThrow().dossier().promisedDate();
        atCounterOne("officer1");
        _setValue(field("od-dossier-scan"), code);

        ButtonKt._click(byId("od-dossier-apology"));
        _setValue(_get(TextArea.class), "Chờ ý kiến của Sở Tư pháp");
        Button confirm = _get(Button.class, spec -> spec.withText("Xác nhận"));
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class), promised);
        assertThat(confirm.isEnabled()).as("the new date must be later").isFalse();
        _setValue(_get(com.vaadin.flow.component.datepicker.DatePicker.class), promised.plusDays(7));
        ButtonKt._click(confirm);

        assertThat(dossiers.detail(code, centerId).orElseThrow().dossier().promisedDate()).isEqualTo(promised.plusDays(7));
        assertThat(text("od-dossier")).contains("Ngày hẹn lại", promised.plusDays(7).format(DAY),
                "Phiếu xin lỗi và hẹn lại ngày trả kết quả", "Chờ ý kiến của Sở Tư pháp");
        MicronautMockVaadin.awaitOnUi(() -> text("od-receipt-status").startsWith("Đã in phiếu xin lỗi"));
        assertThat(printer.jobs()).singleElement().satisfies(job -> {
            assertThat(job.title()).isEqualTo(code);
            assertThat(pdfText(job.pdf())).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Bùi Thị Mai",
                    "Lý do: Chờ ý kiến của Sở Tư pháp", "vào ngày " + promised.plusDays(7).format(DAY));
        });
    }
}
