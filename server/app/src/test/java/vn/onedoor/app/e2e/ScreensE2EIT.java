package vn.onedoor.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.dossier.DossierQueries;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.model.Priority;

/** The real screens in headless Chromium against the running server with the demo center. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreensE2EIT implements DemoServerTest {

    @Inject EmbeddedServer server;
    @Inject CenterDirectory directory;
    @Inject Catalog catalog;
    @Inject IssueTicket issue;
    @Inject DossierQueries dossiers;
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

    private String url(String pathAndQuery) {
        return server.getURL() + pathAndQuery;
    }

    private void signIn(String username) {
        browser.waitFor("vaadin-login-form");
        browser.waitFor("vaadin-text-field[name='username'] input").sendKeys(username);
        browser.waitFor("vaadin-password-field[name='password'] input").sendKeys("demo", Keys.ENTER);
    }

    @Test
    void the_kiosk_shows_service_names_from_the_database_in_vietnamese_over_a_push_websocket() throws Exception {
        browser.size(1080, 1920).open(url("/kiosk?device=demo-kiosk-1"));

        browser.waitForText("#door-take", "Lấy số thứ tự");
        browser.screenshot("kiosk-home");
        browser.waitFor("#door-take").click();
        browser.waitForText(".od-tile", "Tư pháp – Hộ tịch");
        assertThat(browser.all(".od-tile")).hasSize(6);
        assertThat(browser.text("h1")).isEqualTo("Trung tâm Phục vụ Hành chính công tỉnh Long An");
        assertThat(browser.text("h2")).isEqualTo("Chọn dịch vụ để lấy số");
        assertThat(browser.openedWebSocket("/VAADIN/push")).as("Vaadin Push over WebSocket (HTTP 101)").isTrue();
        assertThat(Files.size(browser.screenshot("kiosk-portrait"))).isGreaterThan(10_000);

        browser.waitFor(".od-lang-switch a[href='/kiosk?lang=en']").click();
        browser.waitForText("#door-take", "Take a number");
        browser.waitFor("#door-take").click();
        browser.waitForText("h2", "Choose a service");
        assertThat(browser.text(".od-tile")).contains("Tư pháp – Hộ tịch", "procedures");
        browser.screenshot("kiosk-english");

        browser.waitFor(".od-lang-switch a[href='/kiosk?lang=vi']").click();
        browser.waitForText("#door-take", "Lấy số thứ tự");
    }

    @Test
    void the_wall_board_and_a_rating_terminal_open_with_their_device_tokens() {
        browser.size(1920, 1080).open(url("/display?device=demo-board-1"));
        browser.waitForText(".od-board-cell", "Quầy 1");
        assertThat(browser.all(".od-board-cell")).hasSize(12);
        browser.screenshot("display");

        browser.size(1280, 800).open(url("/rating?device=demo-rating-3"));
        browser.waitForText("h2", "Quầy 3");
        browser.screenshot("rating");

        browser.open(url("/kiosk?device=not-a-token"));
        browser.waitForText("h1", "Thiết bị chưa được đăng ký");
    }

    @Test
    void staff_sign_in_and_land_on_the_screen_of_their_role() {
        browser.size(1440, 900).open(url("/manage"));
        browser.waitFor("vaadin-login-form");
        browser.screenshot("login");
        signIn("manager");
        browser.waitForPath("/manage");
        browser.waitForText("vaadin-grid", "Tư pháp – Hộ tịch");
        browser.screenshot("manage");

        browser.open(url("/counter"));
        browser.waitForText("vaadin-grid", "Quầy 1");
        browser.screenshot("counter");

        browser.open(url("/admin"));
        browser.waitFor("vaadin-login-form");
        signIn("admin");
        browser.waitForPath("/admin");
        browser.click("vaadin-tab", "Cán bộ");
        browser.waitForText("#staff-grid", "officer12");
        browser.screenshot("admin");
    }

    @Test
    void an_officer_receives_a_dossier_for_the_ticket_at_the_counter_and_sees_its_code() {
        long centerId = directory.defaultCenter().orElseThrow().id();
        ServiceGroup groupA = directory.serviceGroups(centerId).stream().filter(g -> g.prefix().equals("A"))
                .findFirst().orElseThrow();
        Procedure marriage = catalog.proceduresOfServiceGroup(groupA.id()).stream()
                .filter(p -> p.name().startsWith("Đăng ký kết hôn")).findFirst().orElseThrow();
        browser.size(1600, 1000).open(url("/counter"));
        signIn("officer1");
        browser.waitForText("vaadin-grid", "Làm việc tại quầy này");
        browser.all("vaadin-button").stream().filter(b -> b.getText().contains("Làm việc tại quầy này"))
                .findFirst().orElseThrow().click();
        String number = issue.issue(new IssueTicket.Request(centerId, groupA.id(), Priority.NORMAL, marriage.id(), null,
                null, null, null, null)).ticket().displayNumber();
        browser.waitForText(".od-waiting", number);
        browser.waitFor("#od-action-next").click();
        browser.waitForText(".od-current-number", number);

        browser.waitFor("#od-action-receive-dossier").click();
        browser.waitFor("#od-receive-name input").sendKeys("Nguyễn Thị Thu Hà");
        browser.waitFor("#od-receive-id-number input").sendKeys("079 186 000 321");
        browser.waitFor("#od-receive-phone input").sendKeys("0912 345 678");
        browser.waitFor("#od-receive-address input").sendKeys("12 Hùng Vương, phường 1, Tân An");
        browser.waitForText("#od-receive-promise", "Ngày hẹn trả kết quả");
        browser.screenshot("counter-receive-form");
        browser.waitFor("#od-receive-confirm").click();

        browser.waitUntil("const s = document.querySelector('#od-receipt-status');"
                + "return !!s && s.textContent.length > 0 && !s.textContent.startsWith('Đang in');");
        String code = browser.text(".od-dossier-code");
        assertThat(code).matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}");
        assertThat(dossiers.detail(code, centerId)).hasValueSatisfying(d ->
                assertThat(d.dossier().applicant().name()).isEqualTo("Nguyễn Thị Thu Hà"));
        assertThat(browser.text("#od-dossier")).contains("Nguyễn Thị Thu Hà", "079186000321", marriage.name());
        browser.screenshot("counter-dossier-received");

        browser.waitFor("#od-dossier-scan input").sendKeys("http://192.168.1.20:8080/hs/" + code, Keys.ENTER);
        browser.waitForText("#od-dossier-history", "Tiếp nhận hồ sơ");
        browser.screenshot("counter-dossier-scanned");
    }
}
