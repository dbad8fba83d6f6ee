package vn.onedoor.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.dossier.DossierReceipts;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.QueueQueries;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/**
 * Two faults of a center's first week walked on the real counter screen in headless Chromium: a
 * transfer (F7) into a group that holds the same number, which once closed the dialog and did
 * nothing; and an applicant's name with an emoji, which once made a dossier without a receipt —
 * now refused with a message naming the field, then received under a Chinese name that prints.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class FirstWeekE2EIT implements DemoServerTest {

    @Inject EmbeddedServer server;
    @Inject CenterDirectory directory;
    @Inject IssueTicket issue;
    @Inject QueueQueries queries;
    @Inject DossierReceipts receipts;
    @Inject vn.onedoor.catalog.Catalog catalog;
    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private ServiceGroup group(String prefix) {
        long centerId = directory.defaultCenter().orElseThrow().id();
        return directory.serviceGroups(centerId).stream().filter(g -> g.prefix().equals(prefix)).findFirst().orElseThrow();
    }

    private Ticket take(ServiceGroup g) {
        return issue.issue(new IssueTicket.Request(g.centerId(), g.id(), Priority.NORMAL, null, null, null, null, null,
                null)).ticket();
    }

    /** After the transfer test, which counts on A-0001 and B-0001 being the day's first tickets. */
    @Test
    @org.junit.jupiter.api.Order(2)
    void at_the_kiosk_a_citizen_finds_a_procedure_by_typing_and_takes_a_number_from_its_page() {
        browser.size(1080, 1920).open(server.getURL() + "/kiosk?device=demo-kiosk-1");
        browser.waitForText("#door-procedures", "Thủ tục & biểu mẫu");
        browser.waitFor("#door-procedures").click();
        browser.waitFor("#procedure-search input").sendKeys("ket hon");
        browser.waitForText("#procedure-results", "kết hôn");
        browser.screenshot("kiosk-procedure-search");
        browser.all("#procedure-results .od-choice").get(0).click();
        browser.waitForText("#procedure-take", "Lấy số cho thủ tục này");
        browser.screenshot("kiosk-procedure-take");
        browser.waitFor("#procedure-take").click();
        browser.waitFor("#ticket-number");
        assertThat(browser.text("#ticket-number")).matches("[A-Z]-\\d{4}");
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void an_officer_transfers_a_ticket_into_a_group_holding_its_number_then_refuses_an_emoji_name() throws Exception {
        ServiceGroup a = group("A");
        ServiceGroup b = group("B");
        Ticket inA = take(a);
        Ticket inB = take(b);
        assertThat(inA.number()).as("the same number in both groups").isEqualTo(inB.number());

        browser.size(1600, 1000).open(server.getURL() + "/counter");
        browser.waitFor("vaadin-login-form");
        browser.waitFor("vaadin-text-field[name='username'] input").sendKeys("officer1");
        browser.waitFor("vaadin-password-field[name='password'] input").sendKeys("demo", Keys.ENTER);
        browser.waitForText("vaadin-grid", "Làm việc tại quầy này");
        browser.all("vaadin-button").stream().filter(e -> e.getText().contains("Làm việc tại quầy này"))
                .findFirst().orElseThrow().click();
        browser.waitForText(".od-waiting", inA.displayNumber());
        browser.waitFor("#od-action-next").click();
        browser.waitForText(".od-current-number", inA.displayNumber());

        browser.waitFor("#od-action-transfer").click();
        browser.waitFor("#od-transfer-group").click();
        WebElement itemB = browser.all("vaadin-select-item").stream()
                .filter(e -> e.getText().startsWith("B ·")).findFirst().orElseThrow();
        itemB.click();
        browser.screenshot("counter-transfer-dialog");
        browser.waitFor("#od-transfer-confirm").click();

        browser.waitUntil("return !document.querySelector('.od-current-number')"
                + " || !document.querySelector('.od-current-number').textContent.includes('" + inA.displayNumber() + "');");
        assertThat(queries.ticket(inA.id())).hasValueSatisfying(t -> {
            assertThat(t.status()).isEqualTo(TicketStatus.WAITING);
            assertThat(t.serviceGroupId()).isEqualTo(b.id());
            assertThat(t.displayNumber()).isEqualTo(inA.displayNumber());
        });
        assertThat(browser.all("vaadin-notification-card[theme~='error']")).as("no error shown").isEmpty();
        browser.screenshot("counter-after-transfer");

        // a ticket for one of the group's procedures: the form chooses it and shows the promised date
        long procedure = catalog.proceduresOfServiceGroup(a.id()).get(0).id();
        Ticket next = issue.issue(new IssueTicket.Request(a.centerId(), a.id(), Priority.NORMAL, procedure, null, null,
                null, null, null)).ticket();
        browser.waitForText(".od-waiting", next.displayNumber());
        browser.waitFor("#od-action-next").click();
        browser.waitForText(".od-current-number", next.displayNumber());
        browser.waitFor("#od-action-receive-dossier").click();
        browser.waitFor("#od-receive-name input").sendKeys("Nguyễn Văn An 😀");
        browser.waitFor("#od-receive-id-number input").sendKeys("079 186 000 321");
        browser.waitForText("#od-receive-promise", "Ngày hẹn trả kết quả");
        browser.waitFor("#od-receive-confirm").click();
        browser.waitForText("#od-receive-error", "😀");
        assertThat(browser.text("#od-receive-error")).contains("Họ và tên").doesNotContain("Exception", "glyph");
        browser.screenshot("counter-emoji-refused");

        WebElement name = browser.waitFor("#od-receive-name input");
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        name.sendKeys("王小明");
        browser.waitFor("#od-receive-confirm").click();
        browser.waitUntil("const s = document.querySelector('#od-receipt-status');"
                + "return !!s && s.textContent.length > 0 && !s.textContent.startsWith('Đang in');");
        String code = browser.text(".od-dossier-code");
        byte[] pdf = receipts.pdf(code, null, server.getURL().toString(), Locale.forLanguageTag("vi")).orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Tiếp nhận hồ sơ của: 王小明");
        }
        browser.screenshot("counter-chinese-name-received");
    }
}
