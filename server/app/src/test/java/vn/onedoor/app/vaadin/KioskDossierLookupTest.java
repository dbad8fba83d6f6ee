package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.dossier.Actor;
import vn.onedoor.dossier.ReceiveDossier;
import vn.onedoor.dossier.RecordDossierEvent;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.DossierStep;
import vn.onedoor.dossier.model.EventType;
import vn.onedoor.queue.QueueQueries;
import vn.onedoor.queue.model.Ticket;

/** The kiosk's "Tra cứu hồ sơ" door without a browser, on the demo center in a real MariaDB. */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskDossierLookupTest implements DemoServerTest {

    @Inject BeanContext beans;
    @Inject DemoCenter demo;
    @Inject Catalog catalog;
    @Inject ReceiveDossier receive;
    @Inject RecordDossierEvent record;
    @Inject CenterDirectory directory;
    @Inject QueueQueries queries;

    private String processing;
    private String ready;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>(DemoServerTest.super.getProperties());
        p.put("onedoor.lookup.burst", "6");
        return p;
    }

    @BeforeAll
    void dossiers() {
        long centerId = demo.install().id();
        long procedure = catalog.procedures().stream().filter(p -> p.code().equals("2.000488")).findFirst().orElseThrow().id();
        Applicant an = new Applicant("Nguyễn Văn An", "079123456789", "0901234567", null, null);
        processing = receive.receive(new ReceiveDossier.Request(centerId, procedure, an, Channel.DIRECT, null, null,
                Actor.officer(null))).code();
        ready = receive.receive(new ReceiveDossier.Request(centerId, procedure, an, Channel.DIRECT, null, null,
                Actor.officer(null))).code();
        record.record(new RecordDossierEvent.Request(ready, DossierStep.of(EventType.RESULT_READY), null, Actor.officer(null),
                null, null));
    }

    @BeforeEach
    void setUp() {
        MicronautMockVaadin.setup(beans);
        UI.getCurrent().navigate("kiosk", QueryParameters.of("device", "demo-kiosk-1"));
        _click(_get(NativeButton.class, spec -> spec.withId("door-lookup")));
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
    }

    private static String resultText() {
        return _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("dossier-result")).getElement()
                .getTextRecursively();
    }

    @Test
    @Order(1)
    void a_scanned_receipt_link_shows_the_five_things_masked_and_the_next_step() {
        _setValue(_get(TextField.class, spec -> spec.withId("dossier-code")), "http://192.168.1.10:8080/hs/" + processing);

        String text = resultText();
        assertThat(text).contains(processing, "N***** V** A*", "*********789", "Lý lịch tư pháp", "Cấp Phiếu lý lịch tư pháp",
                "Ngày hẹn trả").doesNotContain("Nguyễn Văn An", "079123456789", "0901234567");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-status")).getText()).isEqualTo("Đã tiếp nhận");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-next")).getText())
                .startsWith("Hồ sơ đang được giải quyết. Mời quý khách quay lại nhận kết quả vào ngày hẹn ");
        assertThat(_find(NativeButton.class, spec -> spec.withId("return-ticket"))).as("no result yet").isEmpty();
    }

    @Test
    @Order(2)
    void a_ready_result_offers_one_tap_to_a_return_ticket_that_carries_the_dossier_code() {
        _setValue(_get(TextField.class, spec -> spec.withId("dossier-code")), ready);
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-status")).getText()).isEqualTo("Đã có kết quả");

        _click(_get(NativeButton.class, spec -> spec.withId("return-ticket")));

        String number = _get(Span.class, spec -> spec.withId("ticket-number")).getText();
        assertThat(number).matches("F-\\d{4}");
        ServiceGroup returns = directory.serviceGroups(1).stream().filter(g -> g.prefix().equals("F")).findFirst().orElseThrow();
        Ticket ticket = queries.waiting(returns.id(), 500).stream().filter(t -> t.displayNumber().equals(number))
                .findFirst().orElseThrow();
        assertThat(ticket.dossierCode()).isEqualTo(ready);
    }

    /** Last: it spends the kiosk's lookups. */
    @Test
    @Order(3)
    void a_typing_mistake_and_an_unknown_code_get_plain_words_and_too_many_tries_are_slowed_down() {
        TextField field = _get(TextField.class, spec -> spec.withId("dossier-code"));
        _setValue(field, "000.00.03.H39-2411");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-error")).getText())
                .startsWith("Mã hồ sơ không đúng dạng. Mã in trên giấy hẹn có dạng 000.00.00.H00-YYMMDD-0000");
        _setValue(field, "000.00.03.H39-241122-9999");
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-error")).getText())
                .startsWith("Không tìm thấy hồ sơ có mã 000.00.03.H39-241122-9999");

        String last = "";
        for (int i = 1; i <= 8; i++) {
            _setValue(field, "000.00.03.H39-241122-" + String.format("%04d", i));
            last = _get(Paragraph.class, spec -> spec.withId("dossier-error")).getText();
        }
        assertThat(last).startsWith("Quý khách tra cứu quá nhiều lần. Xin thử lại sau");
    }
}
