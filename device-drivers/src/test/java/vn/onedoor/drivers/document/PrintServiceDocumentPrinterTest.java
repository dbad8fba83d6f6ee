package vn.onedoor.drivers.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.onedoor.drivers.printer.PrintOutcome;

/**
 * A queue the OS does not know fails the job by name, without throwing. The way through a real
 * CUPS queue is {@link PrintServiceDocumentPrinterIT}.
 */
class PrintServiceDocumentPrinterTest {

    @Test
    void an_unknown_queue_fails_the_job_naming_the_queue() throws Exception {
        PrintOutcome outcome = new PrintServiceDocumentPrinter("onedoor-no-such-a4").print("form", Pdfs.page("x"));

        assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Failed.class, f -> {
            assertThat(f.reason()).isEqualTo(PrintOutcome.Reason.NO_SUCH_QUEUE);
            assertThat(f.detail()).contains("'onedoor-no-such-a4'", "known:");
        });
    }
}
