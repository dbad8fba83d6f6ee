package vn.onedoor.app.device;

import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import vn.onedoor.device.DocumentPrinting;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.Peripherals;
import vn.onedoor.device.TicketPrinting.Outcome;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.drivers.agent.Wire;

/**
 * Prints PDFs on the A4 printer of a kiosk or a counter through its agent: a PRINT_PDF command
 * with the title and the file in base64, answered as {@link PrintCommands} tells within
 * {@code onedoor.devices.document-print-timeout} (30 s: a spooler may take a while with a large
 * PDF). A PDF over {@link Wire#PDF_MAX_BYTES} is refused here (FAILED, TOO_LARGE) before it is queued.
 */
@Singleton
public class AgentDocumentPrinting implements DocumentPrinting {

    /** A queued document older than this is not printed any more: nobody waits at the printer. */
    static final Duration COMMAND_LIFETIME = Duration.ofMinutes(2);

    private final Peripherals peripherals;
    private final PrintCommands commands;
    private final JsonMapper json;
    private final Duration timeout;

    AgentDocumentPrinting(Peripherals peripherals, PrintCommands commands, JsonMapper json,
            @Value("${onedoor.devices.document-print-timeout:30s}") Duration timeout) {
        this.peripherals = peripherals;
        this.commands = commands;
        this.json = json;
        this.timeout = timeout;
    }

    @Override
    public boolean hasPrinter(Place place) {
        return printerOf(place).isPresent();
    }

    @Override
    public CompletableFuture<PrintReport> print(Place place, String title, byte[] pdf) {
        Optional<Peripheral> printer = printerOf(place);
        if (printer.isEmpty()) {
            return CompletableFuture.completedFuture(new PrintReport(Outcome.NO_PRINTER, "NO_PRINTER"));
        }
        if (pdf.length > Wire.PDF_MAX_BYTES) {
            return CompletableFuture.completedFuture(new PrintReport(Outcome.FAILED, "TOO_LARGE"));
        }
        String payload;
        try {
            payload = json.writeValueAsString(Map.of("title", title, "pdf", Base64.getEncoder().encodeToString(pdf)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return commands.send(printer.get(), Wire.PRINT_PDF, payload, null, COMMAND_LIFETIME, timeout);
    }

    private Optional<Peripheral> printerOf(Place place) {
        if (place instanceof Place.Kiosk kiosk) {
            return peripherals.documentPrinterOfKiosk(kiosk.deviceId());
        }
        return peripherals.documentPrinterOfCounter(((Place.Counter) place).counterId());
    }
}
