package vn.onedoor.drivers.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.printer.PrintOutcome;

class SimulatedDocumentPrinterTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T02:15:30.250Z"), ZoneOffset.UTC);

    @TempDir Path dir;
    private final List<Path> heard = new ArrayList<>();

    private SimulatedDocumentPrinter printer(String prefix) {
        return new SimulatedDocumentPrinter(dir.resolve("printed"), prefix, CLOCK, heard::add);
    }

    @Test
    void a_job_lands_whole_as_a_pdf_named_by_prefix_time_and_title_without_diacritics() throws Exception {
        byte[] pdf = Pdfs.page("Receipt 000.00.12.H39-261123-0001");

        PrintOutcome outcome = printer("counter-3").print("Giấy tiếp nhận 000.00.12.H39/261123 – Đất đai", pdf);

        assertThat(outcome).isEqualTo(new PrintOutcome.Printed(pdf.length, false));
        Path file = dir.resolve("printed/counter-3-20261123-021530-250-giay-tiep-nhan-000.00.12.h39-261123-dat-dai.pdf");
        assertThat(heard).containsExactly(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf);
        assertThat(Pdfs.text(file)).contains("Receipt 000.00.12.H39-261123-0001");
        try (Stream<Path> files = Files.list(dir.resolve("printed"))) {
            assertThat(files).as("no .part file left behind").containsExactly(file);
        }
    }

    @Test
    void two_jobs_in_the_same_millisecond_with_the_same_title_are_two_files() throws Exception {
        SimulatedDocumentPrinter printer = printer("kiosk");
        printer.print("Mẫu 01", Pdfs.page("one"));
        printer.print("Mẫu 01", Pdfs.page("two"));

        assertThat(heard).hasSize(2).doesNotHaveDuplicates();
        assertThat(Pdfs.text(heard.get(1))).contains("two");
        assertThat(printer.printedCount()).isEqualTo(2);
    }

    @Test
    void out_of_paper_or_offline_it_prints_nothing_and_says_why() throws Exception {
        SimulatedDocumentPrinter printer = printer("kiosk");
        printer.setPaperOut(true);
        PrintOutcome paperOut = printer.print("form", Pdfs.page("x"));
        printer.setPaperOut(false);
        printer.setOffline(true);
        PrintOutcome offline = printer.print("form", Pdfs.page("x"));

        assertThat(paperOut).isInstanceOfSatisfying(PrintOutcome.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(PrintOutcome.Reason.PAPER_OUT));
        assertThat(offline).isInstanceOfSatisfying(PrintOutcome.Failed.class,
                f -> assertThat(f.reason()).isEqualTo(PrintOutcome.Reason.OFFLINE));
        assertThat(heard).isEmpty();
        assertThat(printer.printedCount()).isZero();
    }

    @Test
    void titles_are_made_safe_for_any_file_system() {
        assertThat(SimulatedDocumentPrinter.fileSafe("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(SimulatedDocumentPrinter.fileSafe("Đơn đề nghị: cấp lại?*")).isEqualTo("don-de-nghi-cap-lai");
        assertThat(SimulatedDocumentPrinter.fileSafe("///")).isEqualTo("untitled");
        assertThat(SimulatedDocumentPrinter.fileSafe("a".repeat(200))).hasSize(60);
    }
}
