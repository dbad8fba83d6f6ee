package vn.onedoor.drivers.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.printer.Pixels;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.printer.PrinterProfile;
import vn.onedoor.drivers.printer.TicketFixture;
import vn.onedoor.drivers.printer.TicketPrinter;
import vn.onedoor.drivers.printer.TicketRenderer;
import vn.onedoor.drivers.sim.EscPosPrinterSimulator;
import vn.onedoor.drivers.sim.PrintedTicket;
import vn.onedoor.drivers.sim.TcpPrinterSimulator;

/**
 * A ticket through javax.print and a CUPS raw queue whose device is the TCP simulator. Skipped
 * where no CUPS scheduler runs (.ci/run installs and starts one);
 * the queue is created and deleted by the test. Java looks queues up once unless
 * sun.java2d.print.polling=false, which the module's surefire configuration sets.
 */
class PrintQueueTransportIT {

    @TempDir
    Path out;

    @Test
    void a_ticket_through_a_cups_raw_queue_reaches_the_printer_byte_for_byte() throws Exception {
        Cups.assumeRunning();
        BlockingQueue<PrintedTicket> printed = new LinkedBlockingQueue<>();
        PrinterProfile profile = PrinterProfile.paper80("cups").withoutStatus();
        BufferedImage rendered = new TicketRenderer().render(TicketFixture.aLandTicket(), profile);
        try (TcpPrinterSimulator simulator = TcpPrinterSimulator.start(new EscPosPrinterSimulator(576, out, Clock.systemUTC(), printed::add), 0)) {
            String queue = "onedoor-test-" + simulator.port();
            Cups.addRawQueue(queue, simulator.port());
            try (PrintQueueTransport transport = PrintQueueTransport.forQueue(queue)) {

                PrintOutcome outcome = new TicketPrinter(profile, transport, new TicketRenderer(), java.time.Duration.ofSeconds(1))
                        .print(TicketFixture.aLandTicket());

                assertThat(outcome).isInstanceOf(PrintOutcome.Printed.class);
                PrintedTicket ticket = printed.poll(60, TimeUnit.SECONDS);
                assertThat(ticket).as("CUPS delivered the job within 60 s").isNotNull();
                BufferedImage png = ImageIO.read(ticket.png().toFile());
                assertThat(Pixels.firstDifferentRow(rendered, png, rendered.getHeight())).isEqualTo(-1);
            } finally {
                Cups.removeQueue(queue);
            }
        }
    }
}
