package vn.onedoor.drivers.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.transport.Cups;

/**
 * A PDF through javax.print and a CUPS raw queue whose device is a socket this test listens on:
 * the printer receives the PDF byte for byte. Skipped where no CUPS scheduler runs.
 */
class PrintServiceDocumentPrinterIT {

    @Test
    void a_pdf_through_a_cups_queue_reaches_the_printer_byte_for_byte() throws Exception {
        Cups.assumeRunning();
        byte[] pdf = Pdfs.page("Mau so 03/2013/TT-LLTP");
        try (ServerSocket printer = new ServerSocket(0)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> {
                try (Socket job = printer.accept(); InputStream in = job.getInputStream()) {
                    return in.readAllBytes();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            String queue = "onedoor-a4-test-" + printer.getLocalPort();
            Cups.addRawQueue(queue, printer.getLocalPort());
            try {
                PrintOutcome outcome = new PrintServiceDocumentPrinter(queue).print("mau-03", pdf);

                assertThat(outcome).isInstanceOf(PrintOutcome.Printed.class);
                assertThat(received.get(60, TimeUnit.SECONDS)).as("what CUPS sent the printer").isEqualTo(pdf);
            } finally {
                Cups.removeQueue(queue);
            }
        }
    }
}
