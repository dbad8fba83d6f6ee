package vn.onedoor.drivers.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.printer.Pixels;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.printer.PrinterProfile;
import vn.onedoor.drivers.printer.QrDecoding;
import vn.onedoor.drivers.printer.TicketFixture;
import vn.onedoor.drivers.printer.TicketPrinter;
import vn.onedoor.drivers.printer.TicketRenderer;
import vn.onedoor.drivers.transport.TcpTransport;

/** A ticket over a real TCP socket to the simulator listening on 127.0.0.1, as to port 9100. */
class TcpPrinterIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path out;

    private final BlockingQueue<PrintedTicket> printed = new LinkedBlockingQueue<>();

    @Test
    void a_ticket_sent_over_tcp_comes_out_as_a_png_identical_to_the_rendered_image() throws Exception {
        PrinterProfile profile = PrinterProfile.paper80("mạng");
        BufferedImage rendered = new TicketRenderer().render(TicketFixture.aLandTicket(), profile);
        try (TcpPrinterSimulator simulator = TcpPrinterSimulator.start(new EscPosPrinterSimulator(576, out, Clock.systemUTC(), printed::add), 0);
                TcpTransport transport = new TcpTransport("127.0.0.1", simulator.port(), TIMEOUT)) {

            PrintOutcome outcome = new TicketPrinter(profile, transport, new TicketRenderer(), TIMEOUT).print(TicketFixture.aLandTicket());

            assertThat(outcome).isInstanceOf(PrintOutcome.Printed.class);
            PrintedTicket ticket = printed.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(ticket).as("a cut within %s", TIMEOUT).isNotNull();
            BufferedImage png = ImageIO.read(ticket.png().toFile());
            assertThat(Pixels.firstDifferentRow(rendered, png, rendered.getHeight())).isEqualTo(-1);
            assertThat(QrDecoding.decode(png)).contains(TicketFixture.QR_URL);
        }
    }

    @Test
    void out_of_paper_over_tcp_fails_honestly_and_writes_no_png() throws Exception {
        EscPosPrinterSimulator printer = new EscPosPrinterSimulator(576, out, Clock.systemUTC(), printed::add);
        printer.setPaperOut(true);
        try (TcpPrinterSimulator simulator = TcpPrinterSimulator.start(printer, 0);
                TcpTransport transport = new TcpTransport("127.0.0.1", simulator.port(), TIMEOUT)) {

            PrintOutcome outcome = new TicketPrinter(PrinterProfile.paper80("p"), transport, new TicketRenderer(), TIMEOUT)
                    .print(TicketFixture.aLandTicket());

            assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).isEqualTo(PrintOutcome.Reason.PAPER_OUT));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void a_printer_nobody_listens_for_is_an_io_error() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        try (TcpTransport transport = new TcpTransport("127.0.0.1", freePort, TIMEOUT)) {

            PrintOutcome outcome = new TicketPrinter(PrinterProfile.paper80("p"), transport, new TicketRenderer(), TIMEOUT)
                    .print(TicketFixture.aLandTicket());

            assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).isEqualTo(PrintOutcome.Reason.IO_ERROR));
        }
    }

    @Test
    void a_printer_switched_off_and_on_again_is_reached_by_the_next_ticket() throws Exception {
        PrinterProfile profile = PrinterProfile.paper80("p");
        EscPosPrinterSimulator printer = new EscPosPrinterSimulator(576, out, Clock.systemUTC(), printed::add);
        TcpPrinterSimulator first = TcpPrinterSimulator.start(printer, 0);
        int port = first.port();
        try (TcpTransport transport = new TcpTransport("127.0.0.1", port, TIMEOUT)) {
            TicketPrinter ticketPrinter = new TicketPrinter(profile, transport, new TicketRenderer(), TIMEOUT);
            assertThat(ticketPrinter.print(TicketFixture.aLandTicket())).isInstanceOf(PrintOutcome.Printed.class);
            assertThat(printed.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isNotNull();
            first.close();

            assertThat(ticketPrinter.print(TicketFixture.aLandTicket())).isInstanceOf(PrintOutcome.Failed.class);
            try (TcpPrinterSimulator second = TcpPrinterSimulator.start(printer, port)) {
                assertThat(ticketPrinter.print(TicketFixture.aLandTicket())).isInstanceOf(PrintOutcome.Printed.class);
                // Waited for inside: closing the simulator drops what it has not read yet, as a printer switched off would.
                assertThat(printed.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)).isNotNull();
            }
        }
    }
}
