package vn.onedoor.app.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import vn.onedoor.device.CommandState;
import vn.onedoor.device.DeviceCommand;
import vn.onedoor.device.DeviceCommandFinished;
import vn.onedoor.device.DeviceCommands;
import vn.onedoor.device.DeviceHealth;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.TicketPrinting.Outcome;
import vn.onedoor.device.TicketPrinting.PrintReport;

/**
 * A print command to a printer's agent, answered when the agent reports: PRINTED only when the
 * printer took the whole job; FAILED with the printer's reason, or TIMEOUT; NO_PRINTER
 * (AGENT_OFFLINE) at once when the printer's agent is not online. Tickets and documents alike.
 */
@Singleton
class PrintCommands {

    private final DeviceCommands commands;
    private final DeviceHealth health;
    private final Map<Long, CompletableFuture<PrintReport>> waiting = new ConcurrentHashMap<>();

    PrintCommands(DeviceCommands commands, DeviceHealth health) {
        this.commands = commands;
        this.health = health;
    }

    /**
     * @param lifetime how long the queued command may still be printed: after it, its reader has moved on
     * @param timeout  how long the caller waits for the agent's report before hearing TIMEOUT
     */
    CompletableFuture<PrintReport> send(Peripheral printer, String type, String payload, @Nullable Long ticketId,
            Duration lifetime, Duration timeout) {
        if (!health.online(printer.agentId())) {
            return CompletableFuture.completedFuture(new PrintReport(Outcome.NO_PRINTER, DeviceHealth.AGENT_OFFLINE));
        }
        DeviceCommand command = commands.enqueue(printer.agentId(), printer.id(), type, payload, ticketId, lifetime);
        CompletableFuture<PrintReport> report = new CompletableFuture<>();
        waiting.put(command.id(), report);
        // The agent may have answered before the line above: read the row once more.
        commands.find(command.id()).filter(c -> c.state().finished())
                .ifPresent(c -> complete(command.id(), c.state(), c.reason()));
        report.completeOnTimeout(new PrintReport(Outcome.FAILED, "TIMEOUT"), timeout.toMillis(), TimeUnit.MILLISECONDS);
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
