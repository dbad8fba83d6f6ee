package vn.onedoor.app.device;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import vn.onedoor.device.CommandState;
import vn.onedoor.device.DeviceCommand;
import vn.onedoor.device.DeviceCommandFinished;
import vn.onedoor.device.DeviceCommands;
import vn.onedoor.device.DeviceHealth;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.Peripherals;
import vn.onedoor.device.TicketPrinting;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.printer.TicketLayout;

/**
 * Prints through the kiosk's agent: a PRINT_TICKET command in the outbox, answered when the agent
 * reports. The kiosk hears PRINTED only when the printer took the whole ticket; FAILED with the
 * printer's reason, or TIMEOUT after {@code onedoor.devices.print-timeout} (10 s); NO_PRINTER when
 * no printer is set up for the kiosk (reason NO_PRINTER) or its agent is offline (AGENT_OFFLINE).
 */
@Singleton
@SerdeImport(TicketLayout.class)
public class AgentTicketPrinting implements TicketPrinting {

    /** A queued ticket older than this is not printed any more: its citizen has moved on. */
    static final Duration COMMAND_LIFETIME = Duration.ofMinutes(2);

    private final Peripherals peripherals;
    private final DeviceCommands commands;
    private final DeviceHealth health;
    private final TicketWording wording;
    private final JsonMapper json;
    private final Duration timeout;
    private final Map<Long, CompletableFuture<PrintReport>> waiting = new ConcurrentHashMap<>();

    AgentTicketPrinting(Peripherals peripherals, DeviceCommands commands, DeviceHealth health, TicketWording wording,
            JsonMapper json, @Value("${onedoor.devices.print-timeout:10s}") Duration timeout) {
        this.peripherals = peripherals;
        this.commands = commands;
        this.health = health;
        this.wording = wording;
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public boolean hasPrinter(long kioskDeviceId) {
        return peripherals.ticketPrinterOf(kioskDeviceId).isPresent();
    }

    @Override
    public CompletableFuture<PrintReport> print(long kioskDeviceId, TicketToPrint ticket) {
        Optional<Peripheral> printer = peripherals.ticketPrinterOf(kioskDeviceId);
        if (printer.isEmpty()) {
            return CompletableFuture.completedFuture(new PrintReport(Outcome.NO_PRINTER, "NO_PRINTER"));
        }
        if (!health.online(printer.get().agentId())) {
            return CompletableFuture.completedFuture(new PrintReport(Outcome.NO_PRINTER, DeviceHealth.AGENT_OFFLINE));
        }
        String payload;
        try {
            payload = json.writeValueAsString(wording.layout(ticket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DeviceCommand command = commands.enqueue(printer.get().agentId(), printer.get().id(), Wire.PRINT_TICKET, payload,
                ticket.ticketId(), COMMAND_LIFETIME);
        CompletableFuture<PrintReport> report = new CompletableFuture<>();
        waiting.put(command.id(), report);
        // The agent may have answered before the line above: read the row once more.
        commands.find(command.id()).filter(c -> c.state().finished())
                .ifPresent(c -> complete(command.id(), c.state(), c.reason()));
        report.completeOnTimeout(new PrintReport(Outcome.FAILED, "TIMEOUT"), timeout.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS);
        report.whenComplete((r, t) -> waiting.remove(command.id()));
        return report;
    }

    @EventListener
    void onFinished(DeviceCommandFinished event) {
        complete(event.commandId(), event.state(), event.reason());
    }

    private void complete(long commandId, CommandState state, String reason) {
        CompletableFuture<PrintReport> report = waiting.remove(commandId);
        if (report != null) {
            report.complete(state == CommandState.DONE ? PrintReport.printed()
                    : new PrintReport(Outcome.FAILED, reason == null ? "ERROR" : reason));
        }
    }
}
