package vn.onedoor.drivers.agent.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import vn.onedoor.drivers.agent.Wire.Command;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.InputEvent;
import vn.onedoor.drivers.agent.Wire.PeripheralConfig;
import vn.onedoor.drivers.agent.Wire.PeripheralStatus;
import vn.onedoor.drivers.sim.PrintedTicket;

/**
 * The agent's open peripherals. A new configuration closes only the peripherals whose parameters
 * changed and opens the new ones; the others keep their ports.
 */
public final class PeripheralSet implements AutoCloseable {

    private final Path simulatorDir;
    private final Consumer<PrintedTicket> onSimulatedPrint;
    private final Consumer<Path> onSimulatedDocument;
    private final Consumer<InputEvent> inputs;
    private final Map<Long, PeripheralRuntime> open = new ConcurrentHashMap<>();

    public PeripheralSet(Path simulatorDir, Consumer<PrintedTicket> onSimulatedPrint, Consumer<Path> onSimulatedDocument,
            Consumer<InputEvent> inputs) {
        this.simulatorDir = simulatorDir;
        this.onSimulatedPrint = onSimulatedPrint;
        this.onSimulatedDocument = onSimulatedDocument;
        this.inputs = inputs;
    }

    public synchronized void apply(List<PeripheralConfig> configs) {
        Map<Long, PeripheralConfig> wanted = new HashMap<>();
        configs.forEach(c -> wanted.put(c.id(), c));
        for (PeripheralRuntime runtime : List.copyOf(open.values())) {
            if (!runtime.config().equals(wanted.get(runtime.config().id()))) {
                open.remove(runtime.config().id());
                runtime.close();
            }
        }
        for (PeripheralConfig config : configs) {
            open.computeIfAbsent(config.id(), id -> start(config));
        }
    }

    private PeripheralRuntime start(PeripheralConfig config) {
        try {
            return switch (config.kind()) {
                case "TICKET_PRINTER" -> new PrinterRuntime(config, simulatorDir, onSimulatedPrint);
                case "DOCUMENT_PRINTER" -> new DocumentPrinterRuntime(config, simulatorDir, onSimulatedDocument);
                case "LED_DISPLAY" -> new DisplayRuntime(config);
                case "SCANNER", "RATING_KEYPAD" -> new InputRuntime(config, inputs);
                default -> new Broken(config, "UNSUPPORTED", "this agent does not know " + config.kind());
            };
        } catch (Exception e) {
            return new Broken(config, "OPEN_FAILED", e.toString());
        }
    }

    public Optional<PeripheralRuntime> get(long peripheralId) {
        return Optional.ofNullable(open.get(peripheralId));
    }

    /** Every peripheral's status, asking those that can tell; one that does not answer in time counts as silent. */
    public List<PeripheralStatus> statuses(Duration wait) {
        Map<PeripheralRuntime, CompletableFuture<PeripheralStatus>> asked = new HashMap<>();
        open.values().forEach(r -> asked.put(r, r.status()));
        long deadline = System.nanoTime() + wait.toNanos();
        List<PeripheralStatus> statuses = new ArrayList<>();
        asked.forEach((runtime, future) -> {
            try {
                statuses.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
            } catch (Exception e) {
                statuses.add(new PeripheralStatus(runtime.config().id(), Set.of("NO_STATUS_REPLY"), Set.of(), "busy or silent"));
            }
        });
        return statuses;
    }

    @Override
    public synchronized void close() {
        open.values().forEach(PeripheralRuntime::close);
        open.clear();
    }

    /** A peripheral that could not be opened: it fails every command and says why in every heartbeat. */
    private record Broken(PeripheralConfig config, String code, String detail) implements PeripheralRuntime {
        @Override
        public CompletableFuture<CommandResult> execute(Command command) {
            return CompletableFuture.completedFuture(CommandResult.failed(code, detail));
        }

        @Override
        public CompletableFuture<PeripheralStatus> status() {
            return CompletableFuture.completedFuture(new PeripheralStatus(config.id(), Set.of(code), Set.of(), detail));
        }

        @Override
        public void close() {
        }
    }
}
