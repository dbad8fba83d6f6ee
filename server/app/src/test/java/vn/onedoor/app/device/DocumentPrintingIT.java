package vn.onedoor.app.device;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.onedoor.app.EmbeddedAgentTest;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.device.DeviceAlerts;
import vn.onedoor.device.DeviceHealth;
import vn.onedoor.device.DocumentPrinting;
import vn.onedoor.device.DocumentPrinting.Place;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.Peripherals;
import vn.onedoor.device.TicketPrinting.Outcome;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.drivers.agent.Wire;
import vn.onedoor.drivers.document.SimulatedDocumentPrinter;

/**
 * PDFs to a counter's A4 printer over the real path: DocumentPrinting queues PRINT_PDF, the demo
 * server's embedded agent takes it over HTTP and its simulated printer writes the file; paper out,
 * an oversized PDF and a dead agent each give their honest answer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentPrintingIT implements EmbeddedAgentTest {

    private static final Path DATA_DIR = EmbeddedAgentTest.tempDir("onedoor-document-it");
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    @Inject EmbeddedAgent embedded;
    @Inject DeviceHealth health;
    @Inject DocumentPrinting printing;
    @Inject Peripherals peripherals;
    @Inject CenterDirectory directory;
    @Inject DeviceAlerts alerts;

    private final BlockingQueue<Path> files = new LinkedBlockingQueue<>();
    private long counter3;
    private Peripheral counter3Printer;

    @Override
    public Path dataDir() {
        return DATA_DIR;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(EmbeddedAgentTest.super.getProperties());
        properties.put("onedoor.devices.offline-after", "2s");
        return properties;
    }

    @BeforeAll
    void agentIsUp() {
        embedded.onPrintedDocument(files::add);
        counter3 = directory.counters(1).stream().filter(c -> c.counter().number() == 3).findFirst().orElseThrow().counter().id();
        counter3Printer = peripherals.documentPrinterOfCounter(counter3).orElseThrow();
        Eventually.await("the embedded agent is online", Duration.ofSeconds(30), () -> health.online(embedded.agentDeviceId()));
        Eventually.await("the agent has opened the A4 printers", Duration.ofSeconds(10),
                () -> embedded.agent().flatMap(a -> a.simulatedDocumentPrinter(counter3Printer.id())).isPresent());
    }

    private static byte[] pdf(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private PrintReport print(Place place, String title, byte[] pdf) throws Exception {
        return printing.print(place, title, pdf).get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
    }

    private SimulatedDocumentPrinter counter3Simulator() {
        return embedded.agent().flatMap(a -> a.simulatedDocumentPrinter(counter3Printer.id())).orElseThrow();
    }

    @Test
    @Order(1)
    void every_demo_counter_and_the_demo_kiosk_have_an_a4_printer_and_an_unknown_counter_has_none() throws Exception {
        assertThat(directory.counters(1)).hasSize(12)
                .allSatisfy(c -> assertThat(printing.hasPrinter(new Place.Counter(c.counter().id()))).isTrue());
        assertThat(embedded.peripherals()).filteredOn(p -> p.kind().name().equals("DOCUMENT_PRINTER")).hasSize(13);
        assertThat(printing.hasPrinter(new Place.Counter(999_999))).isFalse();
        assertThat(print(new Place.Counter(999_999), "x", pdf(1))).isEqualTo(new PrintReport(Outcome.NO_PRINTER, "NO_PRINTER"));
    }

    @Test
    @Order(2)
    void a_receipt_sent_to_counter_3_comes_out_of_its_printer_as_the_same_pdf() throws Exception {
        files.clear();
        byte[] receipt = pdf(2);

        PrintReport report = print(new Place.Counter(counter3), "000.00.12.H39-261123-0001", receipt);

        assertThat(report.isPrinted()).as(report.toString()).isTrue();
        Path file = files.poll(5, TimeUnit.SECONDS);
        assertThat(file).isNotNull().hasParent(DATA_DIR.resolve("printed"));
        assertThat(file.getFileName().toString()).startsWith("counter-3-").endsWith("-000.00.12.h39-261123-0001.pdf");
        assertThat(Files.readAllBytes(file)).isEqualTo(receipt);
    }

    @Test
    @Order(3)
    void paper_out_fails_the_print_with_its_reason_and_the_dashboard_hears_of_it() throws Exception {
        counter3Simulator().setPaperOut(true);
        try {
            PrintReport report = print(new Place.Counter(counter3), "receipt", pdf(1));

            assertThat(report).isEqualTo(new PrintReport(Outcome.FAILED, "PAPER_OUT"));
            Eventually.await("a PAPER_OUT alert for counter 3's A4 printer", Duration.ofSeconds(5), () -> alerts.open(1).stream()
                    .anyMatch(a -> "PAPER_OUT".equals(a.code()) && Long.valueOf(counter3Printer.id()).equals(a.peripheralId())));
        } finally {
            counter3Simulator().setPaperOut(false);
        }
        assertThat(print(new Place.Counter(counter3), "receipt", pdf(1)).isPrinted()).isTrue();
        Eventually.await("the alert is over once a print went through", Duration.ofSeconds(5), () -> alerts.open(1).isEmpty());
    }

    @Test
    @Order(4)
    void a_pdf_over_the_limit_is_refused_before_it_is_queued() throws Exception {
        files.clear();
        byte[] huge = new byte[Wire.PDF_MAX_BYTES + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, huge, 0, 8);

        assertThat(print(new Place.Counter(counter3), "huge", huge)).isEqualTo(new PrintReport(Outcome.FAILED, "TOO_LARGE"));
        assertThat(files.poll(500, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    @Order(5)
    void with_its_agent_stopped_the_counter_hears_at_once_that_there_is_no_printer() throws Exception {
        embedded.stop();
        try {
            Eventually.await("the agent is offline", health.offlineAfter().plusSeconds(5),
                    () -> !health.online(embedded.agentDeviceId()));

            assertThat(print(new Place.Counter(counter3), "receipt", pdf(1)))
                    .isEqualTo(new PrintReport(Outcome.NO_PRINTER, DeviceHealth.AGENT_OFFLINE));
        } finally {
            embedded.start(java.util.Optional.empty());
        }
        Eventually.await("the agent is online again", Duration.ofSeconds(10), () -> health.online(embedded.agentDeviceId()));
    }
}
