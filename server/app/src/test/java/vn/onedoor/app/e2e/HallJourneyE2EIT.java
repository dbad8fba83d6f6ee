package vn.onedoor.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import vn.onedoor.app.EmbeddedAgentTest;
import vn.onedoor.app.device.EmbeddedAgent;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.ProcedureForm;
import vn.onedoor.device.Peripheral;
import vn.onedoor.drivers.sim.EscPosPrinterSimulator;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.queue.QueueQueries;
import vn.onedoor.queue.TicketLinks;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/**
 * One citizen's visit through the real screens, each in its own headless Chromium: the kiosk, the
 * officer's counter screen and the wall board, all against the running server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HallJourneyE2EIT implements EmbeddedAgentTest {

    @Inject EmbeddedServer server;
    @Inject QueueQueries queries;
    @Inject TicketLinks links;
    @Inject CenterDirectory directory;
    @Inject EmbeddedAgent embedded;
    @Inject Catalog catalog;
    private static final Path DATA_DIR = EmbeddedAgentTest.tempDir("onedoor-journey");
    private Browser kiosk;
    private Browser counter;
    private Browser board;

    @BeforeAll
    void startBrowsers() {
        kiosk = new Browser();
        counter = new Browser();
        board = new Browser();
    }

    @AfterAll
    void stopBrowsers() {
        for (Browser b : new Browser[] {kiosk, counter, board}) {
            if (b != null) {
                b.close();
            }
        }
    }

    @Override
    public Path dataDir() {
        return DATA_DIR;
    }

    private String url(String pathAndQuery) {
        return server.getURL() + pathAndQuery;
    }

    @Test
    void a_ticket_taken_at_the_kiosk_is_called_at_the_counter_shown_and_spoken_on_the_board_then_completed() throws Exception {
        board.size(1920, 1080).open(url("/display?device=demo-board-1"));
        board.waitForText("[data-counter='1']", "Quầy 1");

        counter.size(1920, 1080).open(url("/counter"));
        counter.waitFor("vaadin-text-field[name='username'] input").sendKeys("officer1");
        counter.waitFor("vaadin-password-field[name='password'] input").sendKeys("demo", Keys.ENTER);
        counter.waitForText("vaadin-grid", "Làm việc tại quầy này");
        counter.all("vaadin-button").stream().filter(b -> b.getText().contains("Làm việc tại quầy này"))
                .findFirst().orElseThrow().click();
        counter.waitFor("#od-action-next");

        kiosk.size(1080, 1920).open(url("/kiosk?device=demo-kiosk-1"));
        kiosk.waitFor("#door-take").click();
        kiosk.waitFor(".od-tile[data-prefix='A']");
        // The tap is acknowledged in the browser itself, by the next frame, before any reply.
        Object feedbackMillis = kiosk.script("""
                const tile = document.querySelector(".od-tile[data-prefix='A']");
                const t0 = performance.now();
                tile.click();
                return new Promise(done => requestAnimationFrame(() =>
                    done(tile.classList.contains('od-pressed') ? performance.now() - t0 : -1)));""");
        assertThat(((Number) feedbackMillis).doubleValue()).as("ms until the pressed tile is painted").isBetween(0.0, 100.0);
        kiosk.waitFor("#ticket-number");
        String number = kiosk.text("#ticket-number");
        assertThat(number).matches("A-\\d{4}");
        // The demo kiosk's simulated printer (the embedded agent) prints it, and the screen says so.
        kiosk.waitUntil("const s = document.querySelector('#print-status').classList;"
                + "return s.contains('od-print-ok') || s.contains('od-print-failed')");
        assertThat(kiosk.text("#print-status")).isEqualTo("Mời quý khách nhận phiếu ở khe bên dưới.");
        try (var files = Files.list(DATA_DIR.resolve("printed"))) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".png")).count()).isEqualTo(1);
        }
        kiosk.screenshot("journey-kiosk-ticket");

        counter.waitForText(".od-waiting", number);
        counter.screenshot("journey-counter-waiting");
        counter.waitFor("#od-action-next").click();
        counter.waitForText(".od-current-number", number);

        board.waitForText("[data-counter='1']", number);
        board.waitForText("#latest-call", number);
        assertThat(board.text("#latest-call")).contains("đến quầy số 1");
        // The chime, then the spoken call, through the board's one sound queue.
        board.waitUntil("return window.onedoorBoard.history().length >= 2");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> sounds = (List<Map<String, String>>) board.script("return window.onedoorBoard.history()");
        assertThat(sounds.get(0).get("url")).endsWith("chime.wav");
        assertThat(sounds.get(1).get("url")).contains("call-A" + number.substring(2) + "-1.wav");
        assertThat(sounds).extracting(s -> s.get("end")).containsOnly("ended");
        board.screenshot("journey-board");

        // The counter's own LED display (simulated by the embedded agent) shows it too: STX "01" 'T' number ETX BCC.
        Peripheral display = embedded.peripherals().stream()
                .filter(p -> p.kind().name().equals("LED_DISPLAY") && p.parameters().get("address").equals("1"))
                .findFirst().orElseThrow();
        String frame = "\u000201T" + number + "\u0003";
        await("counter 1's display shows " + number, () -> new String(embedded.agent().orElseThrow()
                .simulatedDisplayBytes(display.id()), StandardCharsets.US_ASCII).contains(frame));

        Ticket ticket = queries.overview(directory.defaultCenter().orElseThrow().id()).counters().stream()
                .filter(l -> l.session().counterNumber() == 1).findFirst().orElseThrow().currentTicket();
        assertThat(ticket.displayNumber()).isEqualTo(number);

        counter.waitFor("#od-action-complete").click();
        counter.waitFor("#od-outcome-ADVICE_ONLY").click();
        counter.waitUntil("return !document.querySelector('.od-current-number') || "
                + "!document.querySelector('.od-current-number').textContent.includes('" + number + "')");
        assertThat(queries.ticket(ticket.id()).orElseThrow().status()).isEqualTo(TicketStatus.COMPLETED);

        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url(links.path(ticket.id())))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(number, "Đã hoàn thành");
        assertThat(counter.all("vaadin-notification-card").stream().map(e -> e.getText()).toList()).isEmpty();
    }

    @Test
    void when_the_kiosk_printer_runs_out_of_paper_the_kiosk_says_so_and_the_dashboard_raises_an_alert() throws Exception {
        Peripheral printer = embedded.peripherals().stream()
                .filter(p -> p.kind().name().equals("TICKET_PRINTER")).findFirst().orElseThrow();
        EscPosPrinterSimulator simulator = embedded.agent().flatMap(a -> a.simulatedPrinter(printer.id())).orElseThrow();
        Browser manager = new Browser();
        try {
            manager.size(1920, 1080).open(url("/manage"));
            manager.waitFor("vaadin-text-field[name='username'] input").sendKeys("manager");
            manager.waitFor("vaadin-password-field[name='password'] input").sendKeys("demo", Keys.ENTER);
            manager.waitForPath("/manage");
            manager.waitFor("vaadin-grid");
            simulator.setPaperOut(true);

            kiosk.size(1080, 1920).open(url("/kiosk?device=demo-kiosk-1"));
            kiosk.waitFor("#door-take").click();
            long tapped = System.nanoTime();
            kiosk.waitFor(".od-tile[data-prefix='C']").click();
            kiosk.waitFor(".od-print-failed");
            assertThat(kiosk.text("#print-status")).startsWith("Không in được phiếu (máy in hết giấy)")
                    .contains("chụp lại màn hình");
            assertThat(kiosk.text("#ticket-number")).matches("C-\\d{4}");
            assertThat(kiosk.all(".od-ticket-qr img")).hasSize(1);
            kiosk.screenshot("kiosk-paper-out");

            manager.waitForText("#device-alerts", "hết giấy");
            assertThat(Duration.ofNanos(System.nanoTime() - tapped)).as("from the tap to the alert on the dashboard")
                    .isLessThan(Duration.ofSeconds(5));
            manager.screenshot("manage-paper-out");
        } finally {
            simulator.setPaperOut(false);
            manager.close();
        }
    }

    @Test
    void a_citizen_prints_a_blank_form_at_the_kiosk_and_its_a4_printer_writes_the_form_with_its_name() throws Exception {
        ProcedureForm form = catalog.forms(catalog.procedures().stream().filter(p -> p.code().equals("2.000488"))
                .findFirst().orElseThrow().id()).get(0);
        kiosk.size(1080, 1920).open(url("/kiosk?device=demo-kiosk-1"));
        kiosk.waitFor("#door-procedures").click();
        choose("Lý lịch tư pháp");
        choose("Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
        kiosk.waitFor("#print-form-" + form.id()).click();
        kiosk.waitUntil("const s = document.querySelector('#form-print-status');"
                + "return s !== null && (s.classList.contains('od-print-ok') || s.classList.contains('od-print-failed'))");
        assertThat(kiosk.text("#form-print-status")).isEqualTo("Mời quý khách nhận mẫu đơn ở khay máy in.");
        kiosk.screenshot("kiosk-form-printed");

        List<Path> printed;
        try (var files = Files.list(DATA_DIR.resolve("printed"))) {
            printed = files.filter(f -> f.getFileName().toString().startsWith("kiosk-")).toList();
        }
        assertThat(printed).singleElement().satisfies(pdf -> {
            assertThat(pdf.getFileName().toString()).endsWith("-mau-so-03-2013-tt-lltp.pdf");
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains(form.name());
            }
        });
    }

    /** Taps the kiosk's list entry whose title starts so, once the screen shows it. */
    private void choose(String titleStart) {
        kiosk.waitUntil("return [...document.querySelectorAll('.od-choice .od-door-title')]"
                + ".some(t => t.textContent.startsWith('" + titleStart + "'))");
        kiosk.all(".od-choice").stream().filter(b -> b.getText().startsWith(titleStart)).findFirst().orElseThrow().click();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
