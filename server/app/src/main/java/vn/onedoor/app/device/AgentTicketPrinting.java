package vn.onedoor.app.device;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.Peripherals;
import vn.onedoor.device.TicketPrinting;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.printer.TicketLayout;

/**
 * Prints through the kiosk's agent: a PRINT_TICKET command in the outbox, answered as
 * {@link PrintCommands} tells, within {@code onedoor.devices.print-timeout} (10 s); NO_PRINTER
 * when no printer is set up for the kiosk (reason NO_PRINTER) or its agent is offline (AGENT_OFFLINE).
 */
@Singleton
@SerdeImport(TicketLayout.class)
public class AgentTicketPrinting implements TicketPrinting {

    /** A queued ticket older than this is not printed any more: its citizen has moved on. */
    static final Duration COMMAND_LIFETIME = Duration.ofMinutes(2);

    private final Peripherals peripherals;
    private final PrintCommands commands;
    private final TicketWording wording;
    private final JsonMapper json;
    private final Duration timeout;

    AgentTicketPrinting(Peripherals peripherals, PrintCommands commands, TicketWording wording, JsonMapper json,
            @Value("${onedoor.devices.print-timeout:10s}") Duration timeout) {
        this.peripherals = peripherals;
        this.commands = commands;
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
        String payload;
        try {
            payload = json.writeValueAsString(wording.layout(ticket));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return commands.send(printer.get(), Wire.PRINT_TICKET, payload, ticket.ticketId(), COMMAND_LIFETIME, timeout);
    }
}
