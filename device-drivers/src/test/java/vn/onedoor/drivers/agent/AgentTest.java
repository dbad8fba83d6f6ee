package vn.onedoor.drivers.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.printer.TicketLayout;
import vn.onedoor.drivers.sim.PrintedTicket;

/** The agent against a fake server over real HTTP, with a simulated printer over real TCP. */
class AgentTest {

    private static final long PRINTER = 3;
    private static final Wire.AgentConfig CONFIG = new Wire.AgentConfig(7, 1, 100,
            List.of(new Wire.PeripheralConfig(PRINTER, "TICKET_PRINTER", "Máy in phiếu", Map.of("transport", "simulated", "paper", "80"))));

    @TempDir Path dataDir;
    private final BlockingQueue<PrintedTicket> printed = new LinkedBlockingQueue<>();
    private FakeServer server;
    private Agent agent;

    @AfterEach
    void stop() {
        if (agent != null) {
            agent.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Agent start(Optional<String> code) throws Exception {
        if (server == null) {
            server = new FakeServer(CONFIG);
        }
        agent = new Agent(new AgentOptions(server.uri(), code, dataDir, dataDir.resolve("printed"), printed::add,
                Duration.ofSeconds(1))).start();
        return agent;
    }

    static Wire.Command printCommand(long id) {
        TicketLayout ticket = new TicketLayout("Trung tâm Phục vụ Hành chính công", "A-00" + id, "Đất đai", "08:35 — 23/11/2026",
                "Còn 2 người", "Khoảng 10 phút", "Quầy 1, 2", "http://127.0.0.1/t/" + id + "-abc", List.of("Xin cảm ơn!"), null);
        JsonNode payload = Wire.JSON.valueToTree(ticket);
        return new Wire.Command(id, Wire.PRINT_TICKET, PRINTER, System.currentTimeMillis() + 60_000, payload);
    }

    @Test
    void pairs_once_keeps_the_token_and_prints_a_command_reporting_the_bytes_sent() throws Exception {
        start(Optional.of("abcd-2345"));
        server.toDeliver.add(List.of(printCommand(11)));

        Map.Entry<Long, Wire.CommandResult> result = server.results.poll(10, TimeUnit.SECONDS);
        assertThat(result).isNotNull();
        assertThat(result.getKey()).isEqualTo(11);
        assertThat(result.getValue().ok()).isTrue();
        assertThat(result.getValue().bytes()).isGreaterThan(20_000);
        assertThat(printed.poll(5, TimeUnit.SECONDS)).isNotNull();
        assertThat(Files.readString(dataDir.resolve("device-token"))).isEqualTo(FakeServer.TOKEN);
        assertThat(server.calls).containsSubsequence("pair", "config", "commands", "commands/11/ack", "commands/11/result");
        Waiting.until("the journal emptied", Duration.ofSeconds(5),
                () -> new CommandJournal(dataDir.resolve("journal")).unfinished().isEmpty());
    }

    @Test
    void a_command_handed_out_twice_prints_once_and_is_acknowledged_twice() throws Exception {
        start(Optional.of(FakeServer.CODE));
        server.toDeliver.add(List.of(printCommand(12), printCommand(12)));

        assertThat(server.results.poll(10, TimeUnit.SECONDS)).isNotNull();
        assertThat(printed.poll(5, TimeUnit.SECONDS)).isNotNull();
        server.toDeliver.add(List.of(printCommand(13)));
        assertThat(server.results.poll(10, TimeUnit.SECONDS).getKey()).as("no second result for 12").isEqualTo(13);
        assertThat(agent.simulatedPrinter(PRINTER).orElseThrow().printedCount()).as("12 once, then 13").isEqualTo(2);
        assertThat(server.count("commands/12/ack")).isEqualTo(2);
    }

    @Test
    void commands_journaled_before_a_crash_run_at_start_and_unreported_results_are_only_reported() throws Exception {
        new TokenStore(dataDir).write(FakeServer.TOKEN);
        CommandJournal journal = new CommandJournal(dataDir.resolve("journal"));
        journal.store(printCommand(21));
        journal.store(printCommand(22));
        journal.recordResult(22, Wire.CommandResult.done(57_280));

        start(Optional.empty());

        Map.Entry<Long, Wire.CommandResult> first = server.results.poll(10, TimeUnit.SECONDS);
        Map.Entry<Long, Wire.CommandResult> second = server.results.poll(10, TimeUnit.SECONDS);
        assertThat(List.of(first.getKey(), second.getKey())).containsExactly(22L, 21L);
        assertThat(printed.poll(5, TimeUnit.SECONDS).sequence()).isEqualTo(1);
        assertThat(printed.poll(300, TimeUnit.MILLISECONDS)).as("22 was printed before the crash").isNull();
        assertThat(server.count("pair")).isZero();
        Waiting.until("the journal emptied once the server has both results", Duration.ofSeconds(5),
                () -> journal.unfinished().isEmpty() && journal.unreported().isEmpty());
    }

    @Test
    void a_server_that_answers_503_at_first_is_retried_until_the_agent_connects() throws Exception {
        server = new FakeServer(CONFIG);
        server.failConfigTimes.set(3);
        long start = System.nanoTime();
        start(Optional.of(FakeServer.CODE));

        server.toDeliver.add(List.of(printCommand(31)));
        assertThat(server.results.poll(15, TimeUnit.SECONDS)).isNotNull();
        assertThat(server.count("config")).isGreaterThanOrEqualTo(4);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("three backoffs from 250 ms, not 30 s")
                .isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void paper_out_fails_the_print_without_sending_it_and_shows_in_the_next_heartbeat() throws Exception {
        start(Optional.of(FakeServer.CODE)).simulatedPrinter(PRINTER);
        Wire.Heartbeat beat = server.heartbeats.poll(10, TimeUnit.SECONDS);
        assertThat(beat.peripherals()).singleElement().satisfies(s -> assertThat(s.faults()).isEmpty());
        agent.simulatedPrinter(PRINTER).orElseThrow().setPaperOut(true);

        server.toDeliver.add(List.of(printCommand(41)));
        Wire.CommandResult result = server.results.poll(10, TimeUnit.SECONDS).getValue();
        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("PAPER_OUT");
        server.heartbeats.clear();
        Wire.Heartbeat later = server.heartbeats.poll(5, TimeUnit.SECONDS);
        assertThat(later.peripherals()).singleElement().satisfies(s -> assertThat(s.faults()).containsExactly("PAPER_OUT"));
        assertThat(agent.simulatedPrinter(PRINTER).orElseThrow().printedCount()).isZero();
    }

    @Test
    void the_first_heartbeat_goes_as_soon_as_the_agent_has_its_config_not_one_interval_later() throws Exception {
        server = new FakeServer(new Wire.AgentConfig(7, 1, 60_000, CONFIG.peripherals()));
        start(Optional.of(FakeServer.CODE));

        assertThat(server.heartbeats.poll(3, TimeUnit.SECONDS)).as("a heartbeat long before the 60 s interval").isNotNull();
    }

    @Test
    void a_new_config_version_in_a_heartbeat_reply_makes_the_agent_fetch_and_apply_it() throws Exception {
        start(Optional.of(FakeServer.CODE));
        assertThat(server.heartbeats.poll(10, TimeUnit.SECONDS)).isNotNull();
        long before = server.count("config");

        server.config = new Wire.AgentConfig(7, 2, 100, List.of(CONFIG.peripherals().get(0),
                new Wire.PeripheralConfig(4, "LED_DISPLAY", "Bảng LED quầy 1", Map.of("transport", "simulated", "address", "1"))));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.count("config") == before && System.nanoTime() < deadline) {
            server.heartbeats.poll(200, TimeUnit.MILLISECONDS);
        }
        server.heartbeats.clear();
        Wire.Heartbeat beat = server.heartbeats.poll(5, TimeUnit.SECONDS);
        assertThat(beat.peripherals()).extracting(Wire.PeripheralStatus::peripheralId).containsExactlyInAnyOrder(3L, 4L);
    }
}
