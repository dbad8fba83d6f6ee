package vn.onedoor.drivers.agent.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.agent.Wire.Command;
import vn.onedoor.drivers.agent.Wire.CommandResult;
import vn.onedoor.drivers.agent.Wire.PeripheralConfig;
import vn.onedoor.drivers.agent.Wire.PeripheralStatus;
import vn.onedoor.drivers.document.DocumentPrinter;
import vn.onedoor.drivers.document.PrintServiceDocumentPrinter;
import vn.onedoor.drivers.document.SimulatedDocumentPrinter;
import vn.onedoor.drivers.printer.PrintOutcome;

/**
 * An A4 document printer: PRINT_PDF prints the PDF the server sent, on an OS print queue
 * ({@code transport=queue}, {@code queue=NAME}) or, with {@code transport=simulated}, as a file
 * {@code <prefix>-<time>-<title>.pdf} in the agent's simulator directory. A queue has no back
 * channel, so the status is what the last job showed.
 */
public final class DocumentPrinterRuntime implements PeripheralRuntime {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final PeripheralConfig config;
    private final DocumentPrinter printer;
    private final SimulatedDocumentPrinter simulator;
    private final ExecutorService thread;
    private volatile PeripheralStatus last;

    public DocumentPrinterRuntime(PeripheralConfig config, Path simulatorDir, Consumer<Path> onSimulatedPrint) {
        this.config = config;
        String transport = config.parameters().getOrDefault("transport", "");
        this.simulator = "simulated".equals(transport) ? new SimulatedDocumentPrinter(simulatorDir,
                config.parameters().getOrDefault("prefix", "document"), Clock.systemUTC(), onSimulatedPrint) : null;
        if (simulator != null) {
            printer = simulator;
        } else if ("queue".equals(transport)) {
            printer = new PrintServiceDocumentPrinter(config.parameters().get("queue"));
        } else {
            throw new IllegalArgumentException("a document printer prints to an OS queue or a simulator, not '" + transport + "'");
        }
        this.thread = Executors.newSingleThreadExecutor(r -> PrinterRuntime.daemon(r, "document-printer-" + config.id()));
        this.last = PeripheralStatus.ok(config.id());
    }

    @Override
    public PeripheralConfig config() {
        return config;
    }

    public Optional<SimulatedDocumentPrinter> simulator() {
        return Optional.ofNullable(simulator);
    }

    @Override
    public CompletableFuture<CommandResult> execute(Command command) {
        return CompletableFuture.supplyAsync(() -> print(command), thread);
    }

    private CommandResult print(Command command) {
        if (!Wire.PRINT_PDF.equals(command.type())) {
            return CommandResult.failed("UNSUPPORTED", config.kind() + " does not take " + command.type());
        }
        JsonNode payload = command.payload();
        String base64 = payload == null ? "" : payload.path("pdf").asText("");
        if (base64.length() > Wire.PDF_MAX_BYTES / 3 * 4 + 4) {
            return CommandResult.failed("TOO_LARGE", "the PDF is larger than " + Wire.PDF_MAX_BYTES + " bytes");
        }
        byte[] pdf;
        try {
            pdf = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return CommandResult.failed("BAD_COMMAND", "pdf is not base64: " + e.getMessage());
        }
        if (pdf.length > Wire.PDF_MAX_BYTES) {
            return CommandResult.failed("TOO_LARGE", "the PDF has " + pdf.length + " bytes, more than " + Wire.PDF_MAX_BYTES);
        }
        if (pdf.length < PDF_MAGIC.length || !Arrays.equals(pdf, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length)) {
            return CommandResult.failed("NOT_PDF", "the document does not start with %PDF-");
        }
        String title = payload.path("title").asText("").strip();
        PrintOutcome outcome = printer.print(title.isEmpty() ? "OneDoor" : title, pdf);
        last = PrintResults.status(config.id(), outcome, last);
        return PrintResults.result(outcome);
    }

    @Override
    public CompletableFuture<PeripheralStatus> status() {
        return CompletableFuture.completedFuture(last);
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
