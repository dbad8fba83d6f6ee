package vn.onedoor.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import vn.onedoor.app.DemoServerTest;
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
class HallJourneyE2EIT implements DemoServerTest {

    @Inject EmbeddedServer server;
    @Inject QueueQueries queries;
    @Inject TicketLinks links;
    @Inject CenterDirectory directory;
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
        kiosk.waitUntil("return document.querySelector('#print-status').className.includes('od-print-')");
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
}
