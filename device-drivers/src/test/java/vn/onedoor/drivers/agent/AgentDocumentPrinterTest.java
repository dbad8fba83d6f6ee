package vn.onedoor.drivers.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.document.Pdfs;

/** PRINT_PDF through the agent against a fake server over real HTTP, to a simulated A4 printer and to an unknown OS queue. */
class AgentDocumentPrinterTest {

    private static final long A4 = 5;
    private static final long MISSING_QUEUE = 6;
    private static final Wire.AgentConfig CONFIG = new Wire.AgentConfig(7, 1, 100, List.of(
            new Wire.PeripheralConfig(A4, "DOCUMENT_PRINTER", "Máy in A4", Map.of("transport", "simulated", "prefix", "counter-3")),
            new Wire.PeripheralConfig(MISSING_QUEUE, "DOCUMENT_PRINTER", "Máy in A4 quầy 4",
                    Map.of("transport", "queue", "queue", "onedoor-no-such-a4"))));

    @TempDir Path dataDir;
    private final BlockingQueue<Path> files = new LinkedBlockingQueue<>();
    private FakeServer server;
    private Agent agent;

    @BeforeEach
    void start() throws Exception {
        server = new FakeServer(CONFIG);
        agent = new Agent(new AgentOptions(server.uri(), Optional.of(FakeServer.CODE), dataDir, dataDir.resolve("printed"),
                t -> { }, Duration.ofSeconds(1), files::add)).start();
    }

    @AfterEach
    void stop() {
        agent.close();
        server.close();
    }

    private static Wire.Command printPdf(long id, long peripheral, String title, byte[] pdf) {
        ObjectNode payload = Wire.JSON.createObjectNode().put("title", title).put("pdf", Base64.getEncoder().encodeToString(pdf));
        return new Wire.Command(id, Wire.PRINT_PDF, peripheral, System.currentTimeMillis() + 60_000, payload);
    }

    private Wire.CommandResult resultOf(long id) throws InterruptedException {
        Map.Entry<Long, Wire.CommandResult> result = server.results.poll(10, TimeUnit.SECONDS);
        assertThat(result).as("the result of " + id).isNotNull();
        assertThat(result.getKey()).isEqualTo(id);
        return result.getValue();
    }

    @Test
    void a_pdf_comes_out_of_the_simulated_printer_as_a_file_and_the_bytes_are_reported() throws Exception {
        byte[] pdf = Pdfs.page("Form 03/2013/TT-LLTP");
        server.toDeliver.add(List.of(printPdf(51, A4, "Mẫu số 03", pdf)));

        Wire.CommandResult result = resultOf(51);

        assertThat(result.ok()).isTrue();
        assertThat(result.bytes()).isEqualTo(pdf.length);
        Path file = files.poll(5, TimeUnit.SECONDS);
        assertThat(file).isNotNull().hasParent(dataDir.resolve("printed"));
        assertThat(file.getFileName().toString()).startsWith("counter-3-").endsWith("-mau-so-03.pdf");
        assertThat(Pdfs.text(file)).contains("Form 03/2013/TT-LLTP");
    }

    @Test
    void paper_out_fails_the_job_and_shows_as_a_fault_in_the_next_heartbeat() throws Exception {
        Waiting.until("the printer is open", Duration.ofSeconds(10), () -> agent.simulatedDocumentPrinter(A4).isPresent());
        agent.simulatedDocumentPrinter(A4).orElseThrow().setPaperOut(true);
        server.toDeliver.add(List.of(printPdf(52, A4, "form", Pdfs.page("x"))));

        Wire.CommandResult result = resultOf(52);

        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("PAPER_OUT");
        server.heartbeats.clear();
        Wire.Heartbeat later = server.heartbeats.poll(5, TimeUnit.SECONDS);
        assertThat(later.peripherals()).filteredOn(s -> s.peripheralId() == A4).singleElement()
                .satisfies(s -> assertThat(s.faults()).containsExactly("PAPER_OUT"));
        assertThat(files).isEmpty();
    }

    @Test
    void a_queue_the_os_does_not_know_fails_the_job_with_its_name() throws Exception {
        server.toDeliver.add(List.of(printPdf(53, MISSING_QUEUE, "form", Pdfs.page("x"))));

        Wire.CommandResult result = resultOf(53);

        assertThat(result.ok()).isFalse();
        assertThat(result.reason()).isEqualTo("NO_SUCH_QUEUE");
        assertThat(result.detail()).contains("onedoor-no-such-a4");
    }

    @Test
    void what_is_not_a_pdf_or_is_too_large_is_refused_without_printing() throws Exception {
        server.toDeliver.add(List.of(printPdf(54, A4, "text", "hello".getBytes()),
                printPdf(55, A4, "huge", new byte[Wire.PDF_MAX_BYTES + 1]),
                printPdf(56, A4, "ticket?", new byte[0])));

        assertThat(resultOf(54).reason()).isEqualTo("NOT_PDF");
        Wire.CommandResult huge = resultOf(55);
        assertThat(huge.reason()).isEqualTo("TOO_LARGE");
        assertThat(huge.detail()).contains(String.valueOf(Wire.PDF_MAX_BYTES));
        assertThat(resultOf(56).reason()).isEqualTo("NOT_PDF");
        assertThat(files).isEmpty();
    }
}
