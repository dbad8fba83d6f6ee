package vn.onedoor.drivers.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.printer.PrintOutcome.Failed;
import vn.onedoor.drivers.printer.PrintOutcome.Printed;
import vn.onedoor.drivers.printer.PrintOutcome.Reason;
import vn.onedoor.drivers.printer.PrinterProfile;
import vn.onedoor.drivers.printer.TicketFixture;
import vn.onedoor.drivers.printer.TicketPrinter;
import vn.onedoor.drivers.printer.TicketRenderer;

/** TicketPrinter against the simulator through an in-memory transport: the decisions, not the wire. */
class TicketPrinterTest {

    @TempDir
    Path out;

    private final List<PrintedTicket> printed = new ArrayList<>();
    private final EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(576, null, Clock.systemUTC(), printed::add);
    private final InMemoryPrinterTransport transport = new InMemoryPrinterTransport(simulator);

    private TicketPrinter printer(PrinterProfile profile) {
        return new TicketPrinter(profile, transport, new TicketRenderer(), Duration.ofMillis(200));
    }

    private EscPosPrinterSimulator simulatorWritingTo(Path dir) {
        return new EscPosPrinterSimulator(576, dir, Clock.systemUTC(), printed::add);
    }

    @Test
    void a_ready_printer_prints_the_ticket_and_the_outcome_counts_the_bytes() {
        TicketPrinter printer = new TicketPrinter(PrinterProfile.paper80("quầy 1"),
                new InMemoryPrinterTransport(simulatorWritingTo(out)), new TicketRenderer(), Duration.ofMillis(200));

        PrintOutcome outcome = printer.print(TicketFixture.aLandTicket());

        assertThat(outcome).isInstanceOf(Printed.class);
        assertThat(((Printed) outcome).bytes()).isGreaterThan(30_000);
        assertThat(((Printed) outcome).paperNearEnd()).isFalse();
        assertThat(printed).hasSize(1);
    }

    @Test
    void out_of_paper_fails_with_paper_out_and_sends_no_job() {
        simulator.setPaperOut(true);

        PrintOutcome outcome = printer(PrinterProfile.paper80("quầy 1")).print(TicketFixture.aLandTicket());

        assertThat(outcome).isInstanceOf(Failed.class);
        assertThat(((Failed) outcome).reason()).isEqualTo(Reason.PAPER_OUT);
        assertThat(transport.bytesWritten).as("only the three status requests").isEqualTo(9);
    }

    @Test
    void an_open_cover_and_an_offline_printer_are_told_apart() {
        simulator.setCoverOpen(true);
        assertThat(reason(printer(PrinterProfile.paper80("p")).print(TicketFixture.aLandTicket()))).isEqualTo(Reason.COVER_OPEN);

        simulator.setCoverOpen(false);
        simulator.setOffline(true);
        assertThat(reason(printer(PrinterProfile.paper80("p")).print(TicketFixture.aLandTicket()))).isEqualTo(Reason.OFFLINE);
    }

    @Test
    void paper_near_its_end_still_prints_and_says_so() {
        EscPosPrinterSimulator nearEnd = simulatorWritingTo(out);
        nearEnd.setPaperNearEnd(true);

        PrintOutcome outcome = new TicketPrinter(PrinterProfile.paper80("p"), new InMemoryPrinterTransport(nearEnd),
                new TicketRenderer(), Duration.ofMillis(200)).print(TicketFixture.aLandTicket());

        assertThat(((Printed) outcome).paperNearEnd()).isTrue();
        assertThat(printed).hasSize(1);
    }

    @Test
    void a_printer_that_does_not_answer_status_gets_no_job() {
        transport.mute();

        PrintOutcome outcome = printer(PrinterProfile.paper80("p")).print(TicketFixture.aLandTicket());

        assertThat(reason(outcome)).isEqualTo(Reason.NO_STATUS_REPLY);
        assertThat(transport.bytesWritten).isEqualTo(3);
    }

    @Test
    void a_profile_without_status_prints_without_asking() {
        EscPosPrinterSimulator silent = simulatorWritingTo(out);
        InMemoryPrinterTransport oneWay = new InMemoryPrinterTransport(silent);
        oneWay.mute();

        PrintOutcome outcome = new TicketPrinter(PrinterProfile.paper80("p").withoutStatus(), oneWay, new TicketRenderer(),
                Duration.ofMillis(200)).print(TicketFixture.aLandTicket());

        assertThat(outcome).isInstanceOf(Printed.class);
        assertThat(printed).hasSize(1);
    }

    @Test
    void a_broken_connection_is_an_io_error_with_the_cause_in_the_detail() {
        transport.failWrites();

        PrintOutcome outcome = printer(PrinterProfile.paper80("p").withoutStatus()).print(TicketFixture.aLandTicket());

        assertThat(reason(outcome)).isEqualTo(Reason.IO_ERROR);
        assertThat(((Failed) outcome).detail()).contains("Broken pipe");
    }

    private static Reason reason(PrintOutcome outcome) {
        assertThat(outcome).isInstanceOf(Failed.class);
        return ((Failed) outcome).reason();
    }
}
