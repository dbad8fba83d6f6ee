package vn.onedoor.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.onedoor.app.EmbeddedAgentTest;
import vn.onedoor.device.CommandState;
import vn.onedoor.device.DeviceAlerts;
import vn.onedoor.device.DeviceCommand;
import vn.onedoor.device.DeviceCommands;
import vn.onedoor.device.DeviceHealth;
import vn.onedoor.device.Peripheral;
import vn.onedoor.drivers.agent.CommandJournal;
import vn.onedoor.drivers.agent.ServerApi;
import vn.onedoor.drivers.agent.TokenStore;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.printer.TicketLayout;
import vn.onedoor.drivers.sim.EscPosPrinterSimulator;
import vn.onedoor.drivers.sim.PrintedTicket;
import vn.onedoor.queue.TicketLinks;

/**
 * The demo server with its embedded agent, over HTTP on the real MariaDB: a kiosk's REST ticket
 * comes out of the simulated printer over TCP, paper-out and a dead agent raise faults within
 * 5 s, and a command the agent acknowledged before dying is printed after its restart.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeviceAgentIT implements EmbeddedAgentTest {

    private static final Duration ALERT_WITHIN = Duration.ofSeconds(5);
    private static final Path DATA_DIR = EmbeddedAgentTest.tempDir("onedoor-device-it");

    @Inject @Client("/") HttpClient http;
    @Inject EmbeddedServer server;
    @Inject EmbeddedAgent embedded;
    @Inject DeviceHealth health;
    @Inject DeviceCommands commands;
    @Inject DeviceEvents events;
    @Inject TicketLinks links;
    @Inject JsonMapper json;
    @Inject DeviceAlerts alerts;

    private final BlockingQueue<Printed> printed = new LinkedBlockingQueue<>();
    private long groupA;
    private Peripheral printer;

    private record Printed(PrintedTicket ticket, long nanoTime) {}

    @Override
    public Path dataDir() {
        return DATA_DIR;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(EmbeddedAgentTest.super.getProperties());
        properties.put("onedoor.devices.offline-after", "2s");
        properties.put("onedoor.test.device-events", "true");
        // A kiosk's POST waits for the printer, up to the 10 s print timeout.
        properties.put("micronaut.http.client.read-timeout", "30s");
        return properties;
    }

    @BeforeAll
    void agentIsUp() {
        embedded.onPrinted(t -> printed.add(new Printed(t, System.nanoTime())));
        printer = embedded.peripherals().stream().filter(p -> p.kind().name().equals("TICKET_PRINTER")).findFirst().orElseThrow();
        Eventually.await("the embedded agent is online", Duration.ofSeconds(30), () -> health.online(embedded.agentDeviceId()));
        List<Map<String, Object>> groups = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/centers/1/service-groups")
                .bearerAuth("demo-kiosk-1"), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        groupA = ((Number) groups.get(0).get("id")).longValue();
    }

    private Map<String, Object> issueOnKiosk() {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/v1/centers/1/tickets", Map.of("serviceGroupId", groupA))
                .bearerAuth("demo-kiosk-1"), Argument.mapOf(String.class, Object.class));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> printOf(Map<String, Object> ticket) {
        return (Map<String, Object>) ticket.get("print");
    }

    private EscPosPrinterSimulator simulator() {
        return embedded.agent().flatMap(a -> a.simulatedPrinter(printer.id())).orElseThrow();
    }

    @Test
    @Order(1)
    void a_ticket_issued_by_the_kiosk_over_rest_comes_out_of_its_printer_with_a_qr_code_of_its_link() throws Exception {
        printed.clear();
        Map<String, Object> ticket = issueOnKiosk();

        assertThat(printOf(ticket)).containsEntry("outcome", "PRINTED");
        Printed paper = printed.poll(10, TimeUnit.SECONDS);
        assertThat(paper).as("a ticket cut by the simulated printer").isNotNull();
        Path png = paper.ticket().png();
        assertThat(png).startsWith(DATA_DIR.resolve("printed")).exists();
        long id = ((Number) ticket.get("id")).longValue();
        String expected = server.getURL().toString().replaceAll("/+$", "") + links.path(id);
        assertThat(QrCodes.decode(ImageIO.read(png.toFile()))).contains(expected);
        assertThat(commands.ofTicket(id)).extracting(DeviceCommand::state).containsExactly(CommandState.DONE);
    }

    @Test
    @Order(2)
    void twenty_tickets_from_rest_call_to_the_printers_cut_are_measured() throws Exception {
        List<Long> toCut = new ArrayList<>();
        List<Long> toAnswer = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            printed.clear();
            long start = System.nanoTime();
            Map<String, Object> ticket = issueOnKiosk();
            long answered = System.nanoTime();
            Printed paper = printed.poll(10, TimeUnit.SECONDS);
            assertThat(printOf(ticket)).containsEntry("outcome", "PRINTED");
            assertThat(paper).isNotNull();
            toCut.add(paper.nanoTime() - start);
            toAnswer.add(answered - start);
            long ticketId = ((Number) ticket.get("id")).longValue();
            long commandId = commands.ofTicket(ticketId).get(0).id();
            // the kiosk's waiting request and this test hear of the finished command as two listeners, in either order
            Eventually.await("the agent's report of ticket " + ticketId, Duration.ofSeconds(5),
                    () -> events.bytesOf(commandId) > 0);
            bytes.add(events.bytesOf(commandId));
        }
        Collections.sort(bytes);
        Collections.sort(toCut);
        Collections.sort(toAnswer);
        System.out.printf("DeviceAgentIT: REST issue -> simulator cut (last byte over TCP): median %.1f ms, max %.1f ms;"
                + " REST answer with PRINTED: median %.1f ms, max %.1f ms; %d..%d bytes per ticket (20 tickets)%n",
                toCut.get(10) / 1e6, toCut.get(19) / 1e6, toAnswer.get(10) / 1e6, toAnswer.get(19) / 1e6, bytes.get(0),
                bytes.get(19));
        assertThat(bytes.get(0)).as("an 80 mm raster ticket").isBetween(30_000L, 120_000L);
        assertThat(toCut.get(10)).as("median ns from tap to cut").isLessThan(Duration.ofSeconds(2).toNanos());
    }

    @Test
    @Order(3)
    void paper_out_fails_the_print_with_its_reason_and_raises_a_fault_then_a_recovery() throws Exception {
        BlockingQueue<List<DeviceAlerts.Alert>> dashboard = new LinkedBlockingQueue<>();
        simulator().setPaperOut(true);
        long start = System.nanoTime();
        try (AutoCloseable subscribed = alerts.subscribe(1, dashboard::add)) {
            Map<String, Object> ticket = issueOnKiosk();
            assertThat(printOf(ticket)).containsEntry("outcome", "FAILED").containsEntry("reason", "PAPER_OUT");
            Eventually.await("a PAPER_OUT fault", ALERT_WITHIN, () -> events.fault("PAPER_OUT", start).isPresent());
            assertThat(events.fault("PAPER_OUT", start).orElseThrow().event().peripheralId()).isEqualTo(printer.id());
            List<DeviceAlerts.Alert> shown = dashboard.poll(ALERT_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(shown).as("what a dashboard subscribed to the center hears").singleElement().satisfies(a -> {
                assertThat(a.code()).isEqualTo("PAPER_OUT");
                assertThat(a.peripheralName()).isEqualTo(EmbeddedAgent.PRINTER_NAME);
            });
        } finally {
            simulator().setPaperOut(false);
        }
        long refilled = System.nanoTime();
        Eventually.await("PAPER_OUT over after the roll is refilled", ALERT_WITHIN,
                () -> events.recovery("PAPER_OUT", refilled).isPresent());
        // the test's own listener may hear the recovery before the alerts do
        Eventually.await("the dashboard's alert closed", ALERT_WITHIN, () -> alerts.open(1).isEmpty());
        assertThat(printOf(issueOnKiosk())).containsEntry("outcome", "PRINTED");
    }

    @Test
    @Order(4)
    void a_command_the_agent_acknowledged_before_it_died_is_printed_after_it_restarts() throws Exception {
        embedded.stop();
        DeviceCommand command = commands.enqueue(embedded.agentDeviceId(), printer.id(), Wire.PRINT_TICKET,
                json.writeValueAsString(new TicketLayout("Trung tâm Phục vụ Hành chính công", "A-9001", "Đất đai",
                        "08:00 — 23/11/2026", "Còn 3 người", "Khoảng 5 phút", "Quầy 1", "http://localhost/t/1-x",
                        List.of("Xin cảm ơn!"), null)),
                null, Duration.ofMinutes(2));
        // What the agent does with a command up to its acknowledgement, then it dies before printing.
        ServerApi api = new ServerApi(server.getURI());
        api.useToken(new TokenStore(embedded.agentDataDir()).read().orElseThrow());
        // The stopped agent's last long poll may still be open on the server and take the command with it;
        // unacknowledged, it is handed out again after DeviceCommands.REDELIVER_AFTER.
        List<Wire.Command> taken = new ArrayList<>();
        Eventually.await("the command handed to the agent", DeviceCommands.REDELIVER_AFTER.plusSeconds(10), () -> {
            try {
                api.commands(Duration.ofSeconds(2)).stream().filter(c -> c.id() == command.id()).forEach(taken::add);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
            return !taken.isEmpty();
        });
        new CommandJournal(embedded.agentDataDir().resolve("journal")).store(taken.get(0));
        api.ack(command.id());
        assertThat(commands.find(command.id()).orElseThrow().ackedAt()).isNotNull();

        printed.clear();
        embedded.start(Optional.empty());

        Printed paper = printed.poll(15, TimeUnit.SECONDS);
        assertThat(paper).as("the journaled ticket, printed after the restart").isNotNull();
        Eventually.await("the replayed command reported DONE", Duration.ofSeconds(10),
                () -> commands.find(command.id()).map(DeviceCommand::state).orElseThrow() == CommandState.DONE);
    }

    @Test
    @Order(5)
    void an_agent_that_stops_is_reported_offline_within_five_seconds_of_the_deadline_and_the_kiosk_says_so() {
        Eventually.await("agent online again", Duration.ofSeconds(10), () -> health.online(embedded.agentDeviceId()));
        long stopped = System.nanoTime();
        embedded.stop();
        Duration took = Eventually.await("an AGENT_OFFLINE fault", health.offlineAfter().plus(ALERT_WITHIN),
                () -> events.fault(DeviceHealth.AGENT_OFFLINE, stopped).isPresent());
        System.out.printf("DeviceAgentIT: agent stopped -> AGENT_OFFLINE fault in %d ms (offline-after %d ms)%n",
                took.toMillis(), health.offlineAfter().toMillis());

        assertThat(printOf(issueOnKiosk())).containsEntry("outcome", "NO_PRINTER").containsEntry("reason", "AGENT_OFFLINE");

        long restarted = System.nanoTime();
        embedded.start(Optional.empty());
        Eventually.await("AGENT_OFFLINE over", ALERT_WITHIN,
                () -> events.recovery(DeviceHealth.AGENT_OFFLINE, restarted).isPresent());
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void a_manager_sees_the_agent_online_with_its_printer() {
        String manager = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/login",
                Map.of("username", "manager", "password", "demo")), Argument.mapOf(String.class, Object.class)).get("access_token");
        Eventually.await("agent online again", Duration.ofSeconds(10), () -> health.online(embedded.agentDeviceId()));

        List<Map<String, Object>> devices = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/centers/1/devices")
                .bearerAuth(manager), Argument.listOf(Argument.mapOf(String.class, Object.class)));

        Map<String, Object> agent = devices.stream().filter(d -> "AGENT".equals(d.get("type"))).findFirst().orElseThrow();
        assertThat(agent).containsEntry("online", true).containsKey("lastHeartbeat");
        List<Map<String, Object>> peripherals = (List<Map<String, Object>>) agent.get("peripherals");
        assertThat(peripherals).filteredOn(p -> "TICKET_PRINTER".equals(p.get("kind"))).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("faults", List.of()));
        assertThat(peripherals).as("the demo counters' LED displays").filteredOn(p -> "LED_DISPLAY".equals(p.get("kind")))
                .hasSize(12);
        HttpResponse<?> kioskTries = send(HttpRequest.GET("/api/v1/centers/1/devices").bearerAuth("demo-kiosk-1"));
        assertThat(kioskTries.getStatus().getCode()).isEqualTo(403);
    }

    @Test
    @Order(7)
    @SuppressWarnings("unchecked")
    void an_administrator_creates_an_agent_whose_one_time_code_pairs_it_and_sets_its_printer_parameters() {
        String admin = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/v1/auth/login",
                Map.of("username", "admin", "password", "demo")), Argument.mapOf(String.class, Object.class)).get("access_token");
        Map<String, Object> created = http.toBlocking().retrieve(HttpRequest.POST("/api/v1/centers/1/devices",
                Map.of("type", "AGENT", "name", "Máy tính ki-ốt 2")).bearerAuth(admin), Argument.mapOf(String.class, Object.class));
        String code = (String) created.get("pairingCode");
        long agentId = ((Number) ((Map<String, Object>) created.get("device")).get("id")).longValue();
        assertThat(code).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}");

        HttpResponse<?> paired = send(HttpRequest.POST("/api/v1/agent/pair", Map.of("code",
                code.substring(0, 4).toLowerCase() + "-" + code.substring(4))));
        HttpResponse<?> again = send(HttpRequest.POST("/api/v1/agent/pair", Map.of("code", code)));

        assertThat(paired.getStatus().getCode()).isEqualTo(200);
        String token = (String) ((Map<String, Object>) paired.body()).get("token");
        assertThat(((Map<String, Object>) paired.body())).containsEntry("deviceId", (int) agentId);
        assertThat(again.getStatus().getCode()).as("a pairing code works once").isEqualTo(401);
        assertThat(config(token)).containsEntry("peripherals", List.of()).containsEntry("configVersion", 0);

        HttpResponse<?> bad = send(HttpRequest.POST("/api/v1/devices/" + agentId + "/peripherals", Map.of("kind", "TICKET_PRINTER",
                "name", "Máy in", "parameters", Map.of("transport", "tcp", "port", "91000"))).bearerAuth(admin));
        assertThat(bad.getStatus().getCode()).isEqualTo(400);
        assertThat((String) ((Map<String, Object>) bad.body()).get("message")).contains("host is required", "port must be between");

        HttpResponse<?> good = send(HttpRequest.POST("/api/v1/devices/" + agentId + "/peripherals", Map.of("kind", "TICKET_PRINTER",
                "name", "Máy in", "parameters", Map.of("transport", "tcp", "host", "192.168.1.50", "port", "9100", "paper", "58")))
                .bearerAuth(admin));
        assertThat(good.getStatus().getCode()).isEqualTo(201);
        Map<String, Object> config = config(token);
        assertThat(config).containsEntry("configVersion", 1);
        assertThat((List<Map<String, Object>>) config.get("peripherals")).singleElement().satisfies(p -> assertThat(p)
                .containsEntry("kind", "TICKET_PRINTER")
                .containsEntry("parameters", Map.of("transport", "tcp", "host", "192.168.1.50", "port", "9100", "paper", "58")));
        assertThat(send(HttpRequest.GET("/api/v1/agent/config").bearerAuth("demo-kiosk-1")).getStatus().getCode())
                .as("a kiosk token is not an agent's").isEqualTo(403);
    }

    private Map<String, Object> config(String agentToken) {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/v1/agent/config").bearerAuth(agentToken),
                Argument.mapOf(String.class, Object.class));
    }

    @Test
    @Order(8)
    void wrong_pairing_codes_from_one_address_are_refused_for_a_while_after_five() {
        // earlier tests of this class already spent some of the address's five wrong codes
        int wrong = 0;
        HttpResponse<?> refused = send(HttpRequest.POST("/api/v1/agent/pair", Map.of("code", "22222222")));
        while (refused.getStatus().getCode() == 401 && wrong < 10) {
            wrong++;
            refused = send(HttpRequest.POST("/api/v1/agent/pair", Map.of("code", "2222222" + (wrong % 8 + 2))));
        }
        assertThat(wrong).as("wrong codes answered 401 before the refusal").isBetween(1, 5);
        assertThat(refused.getStatus().getCode()).isEqualTo(429);
        assertThat(refused.getHeaders().get("Retry-After")).isNotBlank();
        assertThat(refused.getBody(Argument.mapOf(String.class, Object.class)).orElseThrow())
                .containsEntry("code", "TOO_MANY_PAIRING_ATTEMPTS");
    }

    private HttpResponse<?> send(HttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
        } catch (HttpClientResponseException e) {
            return e.getResponse();
        }
    }
}
