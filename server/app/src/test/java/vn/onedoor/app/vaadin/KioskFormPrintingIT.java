package vn.onedoor.app.vaadin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.app.EmbeddedAgentTest;
import vn.onedoor.app.device.EmbeddedAgent;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.ProcedureForm;
import vn.onedoor.device.DeviceHealth;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.Peripherals;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.drivers.document.SimulatedDocumentPrinter;

/**
 * The demo kiosk prints a procedure's blank form on its simulated A4 printer, through the demo
 * server's embedded agent over HTTP: the screen waits, then says where the form is; the PDF the
 * printer wrote holds the form's name with its diacritics. Paper out and a center's own form
 * file are shown as they are.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskFormPrintingIT implements EmbeddedAgentTest {

    private static final Path DATA_DIR = EmbeddedAgentTest.tempDir("onedoor-kiosk-forms-it");
    private static final String PROCEDURE = "2.000488";

    @Inject BeanContext beans;
    @Inject EmbeddedAgent embedded;
    @Inject DeviceHealth health;
    @Inject Catalog catalog;
    @Inject Peripherals peripherals;
    @Inject DeviceRegistry registry;

    private final BlockingQueue<Path> files = new LinkedBlockingQueue<>();
    private List<ProcedureForm> forms;
    private long kioskPrinter;

    @Override
    public Path dataDir() {
        return DATA_DIR;
    }

    @BeforeAll
    void agentIsUp() {
        embedded.onPrintedDocument(files::add);
        long kiosk = registry.authenticate(DemoCenter.KIOSK_TOKEN).orElseThrow().deviceId();
        kioskPrinter = peripherals.documentPrinterOfKiosk(kiosk).orElseThrow().id();
        forms = catalog.forms(catalog.procedures().stream().filter(p -> p.code().equals(PROCEDURE)).findFirst().orElseThrow().id());
        Instant deadline = Instant.now().plusSeconds(30);
        while (!(health.online(embedded.agentDeviceId()) && embedded.agent().flatMap(a -> a.simulatedDocumentPrinter(kioskPrinter)).isPresent())) {
            assertThat(Instant.now()).as("the embedded agent is online with the kiosk's A4 printer").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    @BeforeEach
    void openTheProcedure() {
        files.clear();
        MicronautMockVaadin.setup(beans);
        UI.getCurrent().navigate("kiosk", QueryParameters.of("device", DemoCenter.KIOSK_TOKEN));
        KioskProcedureSteps.openProcedure("Lý lịch tư pháp", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam");
    }

    @AfterEach
    void tearDown() {
        MicronautMockVaadin.tearDown();
    }

    private static NativeButton printButton(ProcedureForm form) {
        return _get(NativeButton.class, spec -> spec.withId("print-form-" + form.id()));
    }

    private static Paragraph status() {
        return _get(Paragraph.class, spec -> spec.withId("form-print-status"));
    }

    private SimulatedDocumentPrinter simulator() {
        return embedded.agent().flatMap(a -> a.simulatedDocumentPrinter(kioskPrinter)).orElseThrow();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void a_citizen_prints_a_blank_form_waits_while_it_prints_and_finds_its_name_on_the_paper() throws Exception {
        ProcedureForm form = forms.get(0);
        assertThat(form.code()).isEqualTo("Mẫu số 03/2013/TT-LLTP");
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-form-print"))).hasSize(2)
                .allSatisfy(b -> assertThat(b.getText()).isEqualTo("In mẫu đơn"));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("od-note"))).as("no 'cannot print' note").isEmpty();

        _click(printButton(form));

        assertThat(status().getText()).isEqualTo("Đang in mẫu đơn…");
        assertThat(_find(NativeButton.class, spec -> spec.withClasses("od-form-print"))).noneMatch(NativeButton::isEnabled);
        MicronautMockVaadin.awaitOnUi(() -> status().getClassNames().contains("od-print-ok"));
        assertThat(status().getText()).isEqualTo("Mời quý khách nhận mẫu đơn ở khay máy in.");
        assertThat(printButton(form).isEnabled()).isTrue();

        Path pdf = files.poll(5, TimeUnit.SECONDS);
        assertThat(pdf).isNotNull().hasParent(DATA_DIR.resolve("printed"));
        assertThat(pdf.getFileName().toString()).startsWith("kiosk-").endsWith("-mau-so-03-2013-tt-lltp.pdf");
        assertThat(text(pdf)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", form.name(),
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "Kính gửi: Sở Tư pháp tỉnh Long An", "1. Họ và tên:",
                "NGƯỜI LÀM ĐƠN");
    }

    @Test
    void out_of_paper_the_kiosk_says_so_and_sends_the_citizen_to_a_counter() throws Exception {
        simulator().setPaperOut(true);
        try {
            _click(printButton(forms.get(1)));

            MicronautMockVaadin.awaitOnUi(() -> status().getClassNames().contains("od-print-failed"));
            assertThat(status().getText())
                    .isEqualTo("Không in được mẫu đơn (máy in hết giấy). Xin mời quý khách nhận mẫu tại quầy.");
            assertThat(files.poll(300, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            simulator().setPaperOut(false);
        }
    }

    @Test
    void a_center_that_put_its_official_file_in_forms_gets_that_file_printed() throws Exception {
        ProcedureForm form = forms.get(1);
        byte[] official = officialPdf("OFFICIAL FORM 04/2013/TT-LLTP");
        Files.createDirectories(DATA_DIR.resolve("forms"));
        Files.write(DATA_DIR.resolve("forms").resolve(form.fileName()), official);
        try {
            _click(printButton(form));

            MicronautMockVaadin.awaitOnUi(() -> status().getClassNames().contains("od-print-ok"));
            Path pdf = files.poll(5, TimeUnit.SECONDS);
            assertThat(pdf).isNotNull();
            assertThat(Files.readAllBytes(pdf)).isEqualTo(official);
        } finally {
            Files.delete(DATA_DIR.resolve("forms").resolve(form.fileName()));
        }
    }

    private static byte[] officialPdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                out.newLineAtOffset(72, 700);
                out.showText(text);
                out.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
