package vn.onedoor.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import vn.onedoor.app.EmptyServerTest;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.center.CenterDirectory;

/**
 * A new install, as its administrator meets it: no demo, an empty database, only the password
 * given at start. In Chromium the administrator sets up a commune center, imports a catalog of
 * 120 procedures, makes three groups and three counters, a manager and three officers, and
 * registers a kiosk and a wall board; then a citizen takes a ticket at the kiosk, an officer
 * calls it and the board shows it. No SQL, no file edited by hand.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SetupE2EIT implements EmptyServerTest {

    @Inject EmbeddedServer server;
    @Inject CenterDirectory directory;
    @Inject Catalog catalog;
    private Browser admin;
    private Browser kiosk;
    private Browser counter;
    private Browser board;

    @BeforeAll
    void startBrowsers() {
        admin = new Browser();
        kiosk = new Browser();
        counter = new Browser();
        board = new Browser();
    }

    @AfterAll
    void stopBrowsers() {
        for (Browser b : new Browser[] {admin, kiosk, counter, board}) {
            if (b != null) {
                b.close();
            }
        }
    }

    private String url(String path) {
        return server.getURL() + path;
    }

    /** A catalog file as a province exports it: 120 procedures of three fields, with Vietnamese headers. */
    static Path catalogFile() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Mã thủ tục;Tên thủ tục;Lĩnh vực;Cơ quan thực hiện;Cấp thực hiện;Thời hạn giải quyết;Phí, lệ phí;"
                + "Thành phần hồ sơ;Mức độ DVC;Biểu mẫu");
        String[] fields = {"Hộ tịch", "Chứng thực", "Đất đai"};
        for (int i = 1; i <= 120; i++) {
            String field = fields[i % 3];
            lines.add(String.format("1.%06d;Thủ tục %s số %d;%s;Ủy ban nhân dân cấp xã;Cấp Xã;%d ngày làm việc;%s;"
                    + "\"Tờ khai theo mẫu\nBản sao giấy tờ tùy thân\";%s;Mẫu số %02d/TK", 1000 + i, field.toLowerCase(),
                    i, field, 1 + i % 15, i % 4 == 0 ? "Miễn phí" : (i * 1000) + " đồng", i % 2 == 0 ? "Toàn trình"
                    : "Một phần", i % 30 + 1));
        }
        Path file = Files.createTempFile("danh-muc-", ".csv");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private void tab(String name) {
        admin.click("vaadin-tab", name);
    }

    private void createGroup(String prefix, String name) {
        admin.waitFor("#group-add").click();
        admin.type("#group-prefix", prefix);
        admin.type("#group-name", name);
        admin.click("vaadin-button", "Chọn tất cả thủ tục");
        admin.waitFor("#group-save").click();
        admin.waitForText("#groups-grid", name);
    }

    private void createCounter(int number, String name, String... prefixes) {
        admin.waitFor("#counter-add").click();
        admin.type("#counter-number", String.valueOf(number));
        admin.type("#counter-name", name);
        for (String p : prefixes) {
            admin.waitFor("#counter-serves-" + p).click();
        }
        admin.waitFor("#counter-save").click();
        admin.waitForText("#counters-grid", name);
    }

    private void createAccount(String username, String name, String role, String password) {
        admin.waitFor("#staff-add").click();
        admin.type("#staff-username", username);
        admin.type("#staff-full-name", name);
        admin.waitFor("#staff-role").click();
        admin.click("vaadin-select-item[role='option']", role);
        admin.type("#staff-password", password);
        admin.waitFor("#staff-save").click();
        admin.waitFor("#staff-search input").sendKeys(Keys.chord(Keys.CONTROL, "a"), username);
        admin.waitForText("#staff-grid", name);
    }

    private String registerDevice(String name, String type) {
        admin.type("#device-name", name);
        admin.waitFor("#device-type").click();
        admin.click("vaadin-select-item[role='option']", type);
        admin.waitFor("#device-create").click();
        admin.waitForText("#device-secret", "chỉ hiện một lần");
        String text = admin.text("#device-secret");
        return text.substring(text.lastIndexOf(':') + 1).strip();
    }

    @Test
    void a_new_administrator_puts_a_commune_center_into_service_and_its_first_citizen_is_called() throws Exception {
        admin.size(1600, 1100).open(url("/admin"));
        admin.waitFor("vaadin-text-field[name='username'] input").sendKeys("admin");
        admin.waitFor("vaadin-password-field[name='password'] input").sendKeys(ADMIN_PASSWORD, Keys.ENTER);
        admin.waitForPath("/admin/setup");

        admin.type("#center-name", "Bộ phận Một cửa xã Mỹ Yên");
        admin.type("#center-unit-code", "H39.MY.YEN");
        admin.type("#center-address", "Ấp 3, xã Mỹ Yên, tỉnh Tây Ninh");
        admin.waitFor("#setup-save").click();
        admin.waitUntil("return document.querySelector('#center-unit-code').hasAttribute('invalid')");
        assertThat(admin.script("return document.querySelector('#center-unit-code').errorMessage"))
                .asString().contains("không đúng dạng").contains("000.00.00.H39");
        admin.screenshot("setup-unit-code-refused");
        admin.type("#center-unit-code", "000.31.20.H39");
        admin.screenshot("setup-first-center");
        admin.waitFor("#setup-save").click();
        admin.waitForPath("/admin");
        admin.waitFor("#admin-tabs");

        tab("Danh mục thủ tục");
        admin.upload("#catalog-upload", catalogFile());
        admin.waitForText("#catalog-preview-summary", "120 thủ tục");
        assertThat(admin.text("#catalog-preview-summary")).contains("120 mới").contains("3 lĩnh vực mới");
        admin.screenshot("setup-catalog-preview");
        admin.waitFor("#catalog-import").click();
        admin.waitForText("#catalog-import-done", "Đã nhập 120 thủ tục");
        assertThat(catalog.procedures()).hasSize(120);
        admin.screenshot("setup-catalog-imported");

        tab("Nhóm dịch vụ");
        createGroup("B", "Đất đai");
        createGroup("C", "Chứng thực");
        admin.screenshot("setup-groups");
        tab("Quầy");
        createCounter(2, "Quầy 2 – Đất đai", "B");
        createCounter(3, "Quầy 3 – Chứng thực", "C", "A");
        admin.screenshot("setup-counters");

        tab("Cán bộ");
        createAccount("lanhdao", "Võ Thị Hạnh", "Lãnh đạo, quản lý", "HanhVo#2026");
        createAccount("canbo1", "Nguyễn Văn An", "Cán bộ một cửa", "MotCua#2026a");
        createAccount("canbo2", "Trần Thị Bình", "Cán bộ một cửa", "MotCua#2026b");
        createAccount("canbo3", "Lê Minh Châu", "Cán bộ một cửa", "MotCua#2026c");
        admin.screenshot("setup-staff");

        tab("Thiết bị");
        String kioskToken = registerDevice("Ki-ốt sảnh chính", "Ki-ốt");
        String boardToken = registerDevice("Màn hình sảnh", "Màn hình sảnh");
        admin.screenshot("setup-devices");
        long center = directory.centers().get(0).id();
        assertThat(directory.serviceGroups(center)).extracting(g -> g.prefix()).containsExactly("A", "B", "C");
        assertThat(directory.counters(center)).extracting(o -> o.counter().number()).containsExactly(1, 2, 3);

        board.size(1920, 1080).open(url("/display?device=" + boardToken));
        board.waitForText("body", "Quầy 1");

        counter.size(1600, 1000).open(url("/counter"));
        counter.waitFor("vaadin-text-field[name='username'] input").sendKeys("canbo1");
        counter.waitFor("vaadin-password-field[name='password'] input").sendKeys("MotCua#2026a", Keys.ENTER);
        counter.waitForText("vaadin-grid", "Làm việc tại quầy này");
        counter.click("vaadin-button", "Làm việc tại quầy này");
        counter.waitFor("#od-action-next");

        kiosk.size(1080, 1920).open(url("/kiosk?device=" + kioskToken));
        kiosk.waitFor("#door-take").click();
        kiosk.waitFor(".od-tile[data-prefix='A']").click();
        kiosk.waitFor("#ticket-number");
        String number = kiosk.text("#ticket-number");
        assertThat(number).isEqualTo("A-0001");
        kiosk.screenshot("setup-kiosk-first-ticket");

        counter.waitForText(".od-waiting", number);
        counter.waitFor("#od-action-next").click();
        counter.waitForText(".od-current-number", number);
        counter.screenshot("setup-counter-called");
        board.waitForText("#latest-call", number);
        board.screenshot("setup-board-called");

        // the board's marquee and voice are set on the settings screen, and the board follows them
        tab("Cài đặt");
        admin.type("#setting-marquee", "Bộ phận Một cửa xã Mỹ Yên làm việc từ thứ Hai đến thứ Sáu");
        admin.type("#setting-volume", "60");
        admin.type("#setting-repeats", "2");
        admin.type("#setting-idle", "45");
        admin.waitFor("#settings-save").click();
        admin.waitForText("vaadin-notification-card", "Đã lưu");
        admin.screenshot("setup-settings");
        board.open(url("/display?device=" + boardToken));
        board.waitForText("#board-ticker", "làm việc từ thứ Hai đến thứ Sáu");
        board.waitUntil("return window.onedoorBoard && window.onedoorBoard.voice().repeats === 2");
        assertThat(board.script("return window.onedoorBoard.voice().volume")).isEqualTo(0.6);
        admin.type("#setting-idle", "9");
        admin.waitFor("#settings-save").click();
        admin.waitUntil("return document.querySelector('#setting-idle').hasAttribute('invalid')");
        assertThat(admin.script("return document.querySelector('#setting-idle').errorMessage")).asString()
                .isEqualTo("Thời gian chờ của ki-ốt (giây) phải là số từ 10 đến 600.");
        admin.screenshot("setup-settings-refused");
    }
}
