package vn.onedoor.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import vn.onedoor.admin.CatalogImport;
import vn.onedoor.admin.CenterAdmin;
import vn.onedoor.admin.CenterForm;
import vn.onedoor.app.DemoServerTest;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CenterLevel;
import vn.onedoor.identity.Caller;
import vn.onedoor.identity.StaffAccounts;

/**
 * The administration screens at a province's scale ({@code ./onedoor bench admin}; skipped in the
 * test suite): 150 centers, 3,000 procedures imported from one file, 2,000 staff accounts, then
 * each admin page opened in headless Chromium (a separate process) five times, timed from the
 * click to the first rows on screen, and the REST pages timed over HTTP. Prints a table for
 * docs/performance.md.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminScaleBench implements DemoServerTest {

    private static final int CENTERS = 150;
    private static final int PROCEDURES = 3_000;
    private static final int STAFF = 2_000;
    private static final int RUNS = 5;

    @Inject EmbeddedServer server;
    @Inject CenterAdmin centers;
    @Inject CatalogImport catalog;
    @Inject CenterDirectory directory;
    @Inject StaffAccounts accounts;
    @Inject vn.onedoor.platform.db.WriteConnections writes;
    private Browser browser;
    private final List<String> rows = new ArrayList<>();

    @BeforeAll
    void generate() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("onedoor.bench.admin"), "run with ./onedoor bench admin");
        long t0 = System.nanoTime();
        StringBuilder csv = new StringBuilder("Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện,Cấp thực hiện,"
                + "Thời hạn giải quyết,Phí, lệ phí,Thành phần hồ sơ,Mức độ dịch vụ công\n".replace("Phí, lệ phí", "\"Phí, lệ phí\""));
        for (int i = 1; i <= PROCEDURES; i++) {
            csv.append(String.format("9.%06d,Thủ tục thử nghiệm số %d về lĩnh vực %d,Lĩnh vực thử %d,Ủy ban nhân dân cấp xã,"
                    + "Cấp Xã,%d ngày làm việc,%d đồng,\"Tờ khai\nBản sao giấy tờ\",Một phần%n", i, i, i % 40, i % 40,
                    1 + i % 20, i % 5 * 10000));
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        long p0 = System.nanoTime();
        CatalogImport.Preview preview = catalog.preview(Caller.SYSTEM, "bench.csv", file, false);
        long p1 = System.nanoTime();
        assertThat(preview.importable()).isTrue();
        CatalogImport.Report report = catalog.apply(Caller.SYSTEM, "bench.csv", file, false);
        long p2 = System.nanoTime();
        rows.add(String.format("| catalog file of %,d procedures (%,d KB): preview | %,.0f ms |", report.rows(),
                file.length / 1024, (p1 - p0) / 1e6));
        rows.add(String.format("| the same file: import, one transaction | %,.0f ms |", (p2 - p1) / 1e6));
        long template = directory.defaultCenter().orElseThrow().id();
        long c0 = System.nanoTime();
        for (int i = 2; i <= CENTERS; i++) {
            centers.create(Caller.SYSTEM, new CenterForm("Bộ phận Một cửa xã thử nghiệm " + i,
                    String.format("000.%02d.%02d.H39", i / 100, i % 100), null, CenterLevel.COMMUNE, null, null),
                    "Tiếp nhận", "Quầy 1", template);
        }
        long c1 = System.nanoTime();
        rows.add(String.format("| %d centers created as copies of the demo's layout | %,.0f ms each |", CENTERS - 1,
                (c1 - c0) / 1e6 / (CENTERS - 1)));
        String hash = accounts.hash("Bench#2026");
        List<Long> ids = directory.centers().stream().map(c -> c.id()).toList();
        writes.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO staff_user (username, full_name, password_hash, role, center_id) VALUES (?,?,?,?,?)")) {
                for (int i = 1; i <= STAFF; i++) {
                    ps.setString(1, "canbo" + i);
                    ps.setString(2, "Cán bộ thử nghiệm " + i);
                    ps.setString(3, hash);
                    ps.setString(4, i % 20 == 0 ? "MANAGER" : "OFFICER");
                    ps.setLong(5, ids.get(i % ids.size()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        browser = new Browser();
        browser.size(1600, 1000).open(server.getURL() + "/admin");
        browser.waitFor("vaadin-text-field[name='username'] input").sendKeys("admin");
        browser.waitFor("vaadin-password-field[name='password'] input").sendKeys("demo", Keys.ENTER);
        browser.waitFor("#centers-grid");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void timed(String what, Runnable open, Runnable shown) {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < RUNS + 1; i++) {
            open.run();
            long t = System.nanoTime();
            shown.run();
            if (i > 0) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        Collections.sort(ms);
        rows.add(String.format("| %s | median %,.0f ms, max %,.0f ms |", what, ms.get(ms.size() / 2), ms.get(ms.size() - 1)));
    }

    /** Until the grid's first rows hold {@code text}. */
    private Runnable gridShows(String grid, String text) {
        return () -> browser.waitUntil("const g = document.querySelector('" + grid + "'); return !!g && "
                + "[...g.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent.includes('" + text + "'))");
    }

    private Runnable reload(String tab) {
        return () -> browser.open(server.getURL() + "/admin?tab=" + tab);
    }

    private long http(String path, String token) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long t = System.nanoTime();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return System.nanoTime() - t;
    }

    @Test
    void every_admin_page_opens_at_a_provinces_scale() throws Exception {
        timed("Trung tâm trong tỉnh: 150 centers with live figures", reload("centers"),
                gridShows("#centers-grid", "Bộ phận Một cửa xã thử nghiệm 2"));
        timed("Cán bộ: the first page of a center's accounts", reload("staff"), gridShows("#staff-grid", "canbo"));
        timed("Cán bộ: search among 2,014 accounts of all centers", () -> {
            browser.open(server.getURL() + "/admin?tab=staff");
            browser.waitFor("#staff-grid");
            browser.click("vaadin-checkbox", "Mọi trung tâm");
            gridShows("#staff-grid", "canbo").run();
        }, () -> {
            browser.waitFor("#staff-search input").sendKeys("canbo1999");
            gridShows("#staff-grid", "canbo1999").run();
        });
        timed("Danh mục thủ tục: the first page of 3,055 procedures", reload("catalog"),
                gridShows("#catalog-grid", "1.00"));
        timed("Nhóm dịch vụ: the groups of a center", reload("groups"), gridShows("#groups-grid", "Tư pháp"));
        timed("Nhóm dịch vụ: a group's dialog with a 3,055-procedure multi-select", () -> {
            browser.open(server.getURL() + "/admin?tab=groups");
            browser.waitFor("#groups-grid");
            gridShows("#groups-grid", "Tư pháp").run();
        }, () -> {
            browser.waitFor("#group-edit-A").click();
            browser.waitFor("#group-procedures");
            browser.waitFor("#group-save");
        });
        timed("Quầy: the counters of a center", reload("counters"), gridShows("#counters-grid", "Quầy 1"));
        timed("Nhật ký: the first page of the audit log", reload("audit"), gridShows("#audit-grid", "trung tâm"));

        String login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"demo\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(login);
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        for (String[] call : new String[][] {{"GET /api/v1/admin/centers (150)", "/api/v1/admin/centers"},
                {"GET /api/v1/admin/users/page (50 of 2,014)", "/api/v1/admin/users/page?limit=50"},
                {"GET /api/v1/admin/users?q=canbo1999", "/api/v1/admin/users?q=canbo1999"},
                {"GET /api/v1/admin/audit (100 lines)", "/api/v1/admin/audit?limit=100"}}) {
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                long n = http(call[1], token);
                if (i > 0) {
                    ms.add(n / 1e6);
                }
            }
            Collections.sort(ms);
            rows.add(String.format("| %s | median %,.1f ms, max %,.1f ms |", call[0], ms.get(ms.size() / 2),
                    ms.get(ms.size() - 1)));
        }
        System.out.printf("%nAdministration at scale — %d centers, %,d procedures, %,d accounts; %d cores, Java %s%n",
                CENTERS, PROCEDURES, STAFF, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("| what | time |");
        System.out.println("|---|---|");
        rows.forEach(System.out::println);
    }
}
