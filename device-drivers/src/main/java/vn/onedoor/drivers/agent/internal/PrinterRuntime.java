package vn.onedoor.drivers.agent.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.agent.Wire.Command;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.PeripheralConfig;
import vn.onedoor.drivers.agent.Wire.PeripheralStatus;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.printer.PrinterCondition;
import vn.onedoor.drivers.printer.PrinterProfile;
import vn.onedoor.drivers.printer.PrinterStatus;
import vn.onedoor.drivers.printer.TicketLayout;
import vn.onedoor.drivers.printer.TicketPrinter;
import vn.onedoor.drivers.printer.TicketRenderer;
import vn.onedoor.drivers.sim.EscPosPrinterSimulator;
import vn.onedoor.drivers.sim.PrintedTicket;
import vn.onedoor.drivers.sim.TcpPrinterSimulator;
import vn.onedoor.drivers.transport.ByteTransport;
import vn.onedoor.drivers.transport.TcpTransport;

/**
 * A ticket printer: PRINT_TICKET renders the layout the server sent and prints it. With
 * {@code transport=simulated} the printer is a {@link EscPosPrinterSimulator} behind a
 * {@link TcpPrinterSimulator} on an ephemeral port, reached over real TCP like a LAN printer.
 */
public final class PrinterRuntime implements PeripheralRuntime {

    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(2);

    private final PeripheralConfig config;
    private final PrinterProfile profile;
    private final ExecutorService thread;
    private final TcpPrinterSimulator simulator;
    private ByteTransport transport;
    private TicketPrinter printer;
    private volatile PeripheralStatus last;

    public PrinterRuntime(PeripheralConfig config, Path simulatorDir, Consumer<PrintedTicket> onSimulatedPrint) throws IOException {
        this.config = config;
        boolean simulated = "simulated".equals(config.parameters().get("transport"));
        boolean queue = "queue".equals(config.parameters().get("transport"));
        PrinterProfile base = "58".equals(config.parameters().get("paper"))
                ? PrinterProfile.paper58(config.name()) : PrinterProfile.paper80(config.name());
        boolean answers = simulated || Boolean.parseBoolean(config.parameters().getOrDefault("status", queue ? "false" : "true"));
        this.profile = answers ? base : base.withoutStatus();
        this.simulator = simulated ? TcpPrinterSimulator.start(
                new EscPosPrinterSimulator(profile.widthDots(), simulatorDir, Clock.systemUTC(), onSimulatedPrint), 0) : null;
        this.thread = Executors.newSingleThreadExecutor(r -> daemon(r, "printer-" + config.id()));
        this.last = PeripheralStatus.ok(config.id());
    }

    @Override
    public PeripheralConfig config() {
        return config;
    }

    public Optional<EscPosPrinterSimulator> simulator() {
        return Optional.ofNullable(simulator).map(TcpPrinterSimulator::printer);
    }

    @Override
    public CompletableFuture<CommandResult> execute(Command command) {
        return CompletableFuture.supplyAsync(() -> print(command), thread);
    }

    private CommandResult print(Command command) {
        if (!Wire.PRINT_TICKET.equals(command.type())) {
            return CommandResult.failed("UNSUPPORTED", config.kind() + " does not take " + command.type());
        }
        TicketLayout layout;
        try {
            layout = Wire.JSON.treeToValue(command.payload(), TicketLayout.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return CommandResult.failed("BAD_COMMAND", e.getMessage());
        }
        TicketPrinter p;
        try {
            p = printer();
        } catch (IOException e) {
            last = fault("IO_ERROR", e.getMessage());
            return CommandResult.failed("IO_ERROR", "opening " + config.name() + ": " + e.getMessage());
        }
        PrintOutcome outcome = p.print(layout);
        last = PrintResults.status(config.id(), outcome, last);
        return PrintResults.result(outcome);
    }

    @Override
    public CompletableFuture<PeripheralStatus> status() {
        return CompletableFuture.supplyAsync(this::readStatus, thread);
    }

    private PeripheralStatus readStatus() {
        if (!profile.reportsStatus()) {
            return last;
        }
        try {
            Optional<PrinterStatus> status = printer().status();
            last = status.map(this::of).orElseGet(() -> fault("NO_STATUS_REPLY", "no answer to DLE EOT"));
        } catch (IOException e) {
            last = fault("IO_ERROR", e.getMessage());
        }
        return last;
    }

    private PeripheralStatus of(PrinterStatus status) {
        Set<String> faults = new HashSet<>();
        for (PrinterCondition c : EnumSet.complementOf(EnumSet.of(PrinterCondition.PAPER_NEAR_END))) {
            if (status.has(c)) {
                faults.add(c == PrinterCondition.ERROR ? "PRINTER_ERROR" : c.name());
            }
        }
        if (faults.size() > 1) {
            // A printer out of paper or open also says "offline": report the cause, as TicketPrinter does.
            faults.remove(PrinterCondition.OFFLINE.name());
        }
        Set<String> warnings = status.has(PrinterCondition.PAPER_NEAR_END) ? Set.of("PAPER_NEAR_END") : Set.of();
        return new PeripheralStatus(config.id(), faults, warnings, faults.isEmpty() ? null : status.conditions().toString());
    }

    private PeripheralStatus fault(String code, String detail) {
        return PrintResults.fault(config.id(), code, detail);
    }

    /** Opened on first use and kept; a failed open is tried again on the next use. */
    private TicketPrinter printer() throws IOException {
        if (printer == null) {
            transport = simulator != null
                    ? new TcpTransport("127.0.0.1", simulator.port(), Transports.CONNECT_TIMEOUT)
                    : Transports.open(config.parameters());
            printer = new TicketPrinter(profile, transport, new TicketRenderer(), STATUS_TIMEOUT);
        }
        return printer;
    }

    /** Closes the port on the printer's own thread, after the ticket it may be printing. */
    @Override
    public void close() {
        thread.execute(() -> {
            try {
                if (transport != null) {
                    transport.close();
                }
                if (simulator != null) {
                    simulator.close();
                }
            } catch (IOException e) {
                System.getLogger(PrinterRuntime.class.getName()).log(System.Logger.Level.WARNING,
                        "closing " + config.name() + ": " + e.getMessage());
            }
        });
        thread.shutdown();
    }

    static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
