package vn.onedoor.drivers.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.printer.PrinterProfile;
import vn.onedoor.drivers.printer.TicketFixture;
import vn.onedoor.drivers.printer.TicketPrinter;
import vn.onedoor.drivers.printer.TicketRenderer;
import vn.onedoor.drivers.transport.StreamTransport;

class SimulatorLinkTest {

    @TempDir
    Path out;

    @Test
    void a_simulator_attached_to_a_stream_pair_answers_status_and_prints() throws Exception {
        PipedInputStream printerIn = new PipedInputStream(1 << 16);
        PipedOutputStream hostOut = new PipedOutputStream(printerIn);
        PipedInputStream hostIn = new PipedInputStream(1 << 16);
        PipedOutputStream printerOut = new PipedOutputStream(hostIn);
        BlockingQueue<PrintedTicket> printed = new LinkedBlockingQueue<>();
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(576, out, Clock.systemUTC(), printed::add);
        simulator.setPaperNearEnd(true);

        try (SimulatorLink link = SimulatorLink.attach(simulator, printerIn, printerOut, "pipe");
                StreamTransport host = new StreamTransport(hostIn, hostOut, "host")) {
            PrintOutcome outcome = new TicketPrinter(PrinterProfile.paper80("p"), host, new TicketRenderer(), Duration.ofSeconds(5))
                    .print(TicketFixture.aLandTicket());

            assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Printed.class, p -> assertThat(p.paperNearEnd()).isTrue());
            assertThat(printed.poll(10, TimeUnit.SECONDS)).isNotNull();
        }
    }
}
