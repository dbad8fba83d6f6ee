package vn.onedoor.app.device;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.center.Center;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.device.Device;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.Pairing;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.PeripheralKind;
import vn.onedoor.device.Peripherals;
import vn.onedoor.drivers.agent.Agent;
import vn.onedoor.drivers.agent.AgentOptions;
import vn.onedoor.drivers.sim.PrintedTicket;

/**
 * The device agent inside the server, for a single-PC center and for the demo
 * ({@code onedoor.devices.embedded=true}, on with {@code --demo}). Once the HTTP port is open it
 * pairs itself with a fresh code and talks to this server over HTTP on 127.0.0.1, exactly like an
 * agent on a hall PC. In the demo the demo kiosk gets a simulated ticket printer whose tickets land
 * as PNGs in {@code <data-dir>/printed/}, and a simulated A4 printer; each demo counter gets a
 * simulated LED display and a simulated A4 printer. The A4 printers' PDFs land in the same
 * directory as {@code kiosk-<time>-<title>.pdf} and {@code counter-<number>-<time>-<title>.pdf}.
 */
@Singleton
@Requires(property = "onedoor.devices.embedded", value = "true")
public class EmbeddedAgent {

    public static final String AGENT_NAME = "Tác nhân thiết bị trong máy chủ";
    public static final String PRINTER_NAME = "Máy in phiếu ki-ốt (mô phỏng)";
    public static final String DISPLAY_NAME = "Đèn số quầy (mô phỏng)";
    public static final String KIOSK_A4_NAME = "Máy in A4 ki-ốt (mô phỏng)";
    public static final String COUNTER_A4_NAME = "Máy in A4 quầy (mô phỏng)";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAgent.class);

    private final CenterDirectory directory;
    private final DeviceRegistry registry;
    private final Peripherals peripherals;
    private final Pairing pairing;
    private final Path dataDir;
    private final boolean demo;
    private final List<Consumer<PrintedTicket>> printListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Path>> documentListeners = new CopyOnWriteArrayList<>();
    private volatile Agent agent;
    private volatile long agentId;
    private volatile URI server;

    EmbeddedAgent(CenterDirectory directory, DeviceRegistry registry, Peripherals peripherals, Pairing pairing,
            @Value("${onedoor.data-dir:data}") Path dataDir, @Value("${onedoor.demo:false}") boolean demo) {
        this.directory = directory;
        this.registry = registry;
        this.peripherals = peripherals;
        this.pairing = pairing;
        this.dataDir = dataDir;
        this.demo = demo;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        Optional<Center> center = directory.centers().stream()
                .filter(c -> !demo || DemoCenter.CENTER_CODE.equals(c.code())).findFirst();
        if (center.isEmpty()) {
            LOG.warn("No center yet: the embedded device agent does not start");
            return;
        }
        Device device = registry.devices(center.get().id()).stream()
                .filter(d -> d.type() == DeviceType.AGENT && AGENT_NAME.equals(d.name())).findFirst()
                .orElseGet(() -> registry.create(center.get().id(), DeviceType.AGENT, AGENT_NAME, null));
        agentId = device.id();
        if (demo) {
            simulatedPrinterForTheDemoKiosk(device);
            simulatedDisplaysForTheDemoCounters(device, center.get());
            simulatedA4PrintersForTheDemo(device, center.get());
        }
        server = URI.create("http://127.0.0.1:" + event.getSource().getPort());
        start(Optional.of(pairing.issue(agentId).code()));
    }

    private void simulatedPrinterForTheDemoKiosk(Device agentDevice) {
        registry.authenticate(DemoCenter.KIOSK_TOKEN).ifPresent(kiosk -> {
            if (peripherals.ticketPrinterOf(kiosk.deviceId()).isEmpty()) {
                peripherals.add(agentDevice.id(), PeripheralKind.TICKET_PRINTER, PRINTER_NAME, kiosk.deviceId(), null,
                        Map.of("transport", "simulated", "paper", "80"));
            }
        });
    }

    /** Each demo counter gets a simulated LED display at the address of its number. */
    private void simulatedDisplaysForTheDemoCounters(Device agentDevice, Center center) {
        for (CounterOverview c : directory.counters(center.id())) {
            long counterId = c.counter().id();
            if (peripherals.displaysOf(counterId).isEmpty()) {
                peripherals.add(agentDevice.id(), PeripheralKind.LED_DISPLAY, DISPLAY_NAME + " " + c.counter().number(), null,
                        counterId, Map.of("transport", "simulated", "address", String.valueOf(c.counter().number())));
            }
        }
    }

    /** The demo kiosk prints blank forms, each demo counter dossier receipts, on simulated A4 printers. */
    private void simulatedA4PrintersForTheDemo(Device agentDevice, Center center) {
        registry.authenticate(DemoCenter.KIOSK_TOKEN).ifPresent(kiosk -> {
            if (peripherals.documentPrinterOfKiosk(kiosk.deviceId()).isEmpty()) {
                peripherals.add(agentDevice.id(), PeripheralKind.DOCUMENT_PRINTER, KIOSK_A4_NAME, kiosk.deviceId(), null,
                        Map.of("transport", "simulated", "prefix", "kiosk"));
            }
        });
        for (CounterOverview c : directory.counters(center.id())) {
            long counterId = c.counter().id();
            if (peripherals.documentPrinterOfCounter(counterId).isEmpty()) {
                peripherals.add(agentDevice.id(), PeripheralKind.DOCUMENT_PRINTER, COUNTER_A4_NAME + " " + c.counter().number(),
                        null, counterId, Map.of("transport", "simulated", "prefix", "counter-" + c.counter().number()));
            }
        }
    }

    /** Starts the agent (again): with a pairing code the first time, with its stored token after a stop. */
    public synchronized Agent start(Optional<String> pairingCode) {
        if (agent != null) {
            throw new IllegalStateException("the embedded agent runs already");
        }
        AgentOptions options = new AgentOptions(server, pairingCode, dataDir.resolve("agent").resolve(String.valueOf(agentId)),
                dataDir.resolve("printed"), this::printed, Duration.ofSeconds(20), this::printedDocument);
        agent = new Agent(options).start();
        LOG.info("Embedded device agent (device {}) started; simulated tickets and documents go to {}", agentId, options.simulatorDir());
        return agent;
    }

    /** Stops the agent as a crash would leave it: journal on disk, no goodbye to the server. */
    @PreDestroy
    public synchronized void stop() {
        if (agent != null) {
            agent.close();
            agent = null;
        }
    }

    public Optional<Agent> agent() {
        return Optional.ofNullable(agent);
    }

    public long agentDeviceId() {
        return agentId;
    }

    public Path agentDataDir() {
        return dataDir.resolve("agent").resolve(String.valueOf(agentId));
    }

    public List<Peripheral> peripherals() {
        return peripherals.ofAgent(agentId);
    }

    /** Told of every ticket a simulated printer of this agent cuts, on the printer's thread. */
    public AutoCloseable onPrinted(Consumer<PrintedTicket> listener) {
        printListeners.add(listener);
        return () -> printListeners.remove(listener);
    }

    private void printed(PrintedTicket ticket) {
        printListeners.forEach(l -> l.accept(ticket));
    }

    /** Told of every PDF file a simulated A4 printer of this agent writes, on the printer's thread. */
    public AutoCloseable onPrintedDocument(Consumer<Path> listener) {
        documentListeners.add(listener);
        return () -> documentListeners.remove(listener);
    }

    private void printedDocument(Path pdf) {
        documentListeners.forEach(l -> l.accept(pdf));
    }
}
