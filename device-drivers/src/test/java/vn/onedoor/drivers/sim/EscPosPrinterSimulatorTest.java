package vn.onedoor.drivers.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.printer.EscPos;
import vn.onedoor.drivers.printer.NativeCodePage;
import vn.onedoor.drivers.printer.Pixels;
import vn.onedoor.drivers.printer.PrinterProfile;
import vn.onedoor.drivers.printer.QrDecoding;
import vn.onedoor.drivers.printer.StatusRequest;
import vn.onedoor.drivers.printer.TicketFixture;
import vn.onedoor.drivers.printer.TicketPrinter;
import vn.onedoor.drivers.printer.TicketRenderer;

class EscPosPrinterSimulatorTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T01:35:07.250Z"), ZoneOffset.UTC);

    @TempDir
    Path out;

    private final List<PrintedTicket> printed = new ArrayList<>();

    private EscPosPrinterSimulator simulator() {
        return new EscPosPrinterSimulator(576, out, CLOCK, printed::add);
    }

    @Test
    void a_rendered_vietnamese_ticket_comes_back_from_the_png_pixel_for_pixel_and_its_qr_code_reads() throws IOException {
        BufferedImage ticket = new TicketRenderer().render(TicketFixture.aLandTicket(), PrinterProfile.paper80("t"));
        EscPosPrinterSimulator simulator = simulator();

        simulator.accept(TicketPrinter.encode(ticket));

        assertThat(printed).hasSize(1);
        assertThat(printed.get(0).png().getFileName().toString()).isEqualTo("ticket-20261123-013507-250-0001.png");
        BufferedImage png = ImageIO.read(printed.get(0).png().toFile());
        assertThat(png.getWidth()).isEqualTo(576);
        assertThat(Pixels.firstDifferentRow(ticket, png, ticket.getHeight())).isEqualTo(-1);
        assertThat(Pixels.blankFrom(png, ticket.getHeight())).isTrue();
        assertThat(png.getHeight() - ticket.getHeight()).as("4 fed lines").isEqualTo(4 * 30);
        assertThat(QrDecoding.decode(png)).contains(TicketFixture.QR_URL);
        assertThat(simulator.unknownCommands()).isZero();
    }

    @Test
    void a_job_arriving_in_odd_sized_pieces_prints_the_same_as_in_one_piece() throws IOException {
        BufferedImage ticket = new TicketRenderer().render(TicketFixture.aLandTicket(), PrinterProfile.paper80("t"));
        byte[] job = TicketPrinter.encode(ticket);
        SimulatorSession session = simulator().newSession();

        for (int at = 0; at < job.length; at += 997) {
            session.accept(job, at, Math.min(997, job.length - at));
        }

        assertThat(printed).hasSize(1);
        assertThat(Pixels.firstDifferentRow(ticket, printed.get(0).image(), ticket.getHeight())).isEqualTo(-1);
    }

    @Test
    void status_requests_are_answered_from_the_simulated_state() {
        EscPosPrinterSimulator simulator = simulator();
        assertThat(ask(simulator, StatusRequest.PRINTER)).isEqualTo(0x12);

        simulator.setPaperOut(true);
        assertThat(ask(simulator, StatusRequest.PRINTER)).isEqualTo(0x1A);
        assertThat(ask(simulator, StatusRequest.OFFLINE_CAUSE)).isEqualTo(0x32);
        assertThat(ask(simulator, StatusRequest.PAPER)).isEqualTo(0x7E);

        simulator.setPaperOut(false);
        simulator.setCoverOpen(true);
        assertThat(ask(simulator, StatusRequest.OFFLINE_CAUSE)).isEqualTo(0x16);
    }

    @Test
    void with_the_paper_out_nothing_is_printed_and_no_png_is_written() throws IOException {
        EscPosPrinterSimulator simulator = simulator();
        simulator.setPaperOut(true);

        simulator.accept(TicketPrinter.encode(new TicketRenderer().render(TicketFixture.aLandTicket(), PrinterProfile.paper80("t"))));

        assertThat(printed).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void native_text_in_a_declared_code_page_prints_a_line_of_dots() {
        EscPosPrinterSimulator simulator = simulator().withCodePage(52, java.nio.charset.Charset.forName("windows-1258"));
        byte[] job = new EscPos().init().text("Số thứ tự A-1024", NativeCodePage.windows1258(52)).cut(EscPos.Cut.FULL).toBytes();

        simulator.accept(job);

        assertThat(printed).hasSize(1);
        assertThat(printed.get(0).image().getHeight()).isEqualTo(30);
        assertThat(Pixels.blackCount(printed.get(0).image())).isGreaterThan(200);
        assertThat(simulator.unknownCommands()).isZero();
    }

    @Test
    void each_cut_gets_the_next_sequence_number_and_an_empty_cut_prints_nothing() {
        EscPosPrinterSimulator simulator = simulator();
        byte[] line = new EscPos().init().feedDots(10).cut(EscPos.Cut.PARTIAL).toBytes();

        simulator.accept(line);
        simulator.accept(new EscPos().cut(EscPos.Cut.FULL).toBytes());
        simulator.accept(line);

        assertThat(printed).extracting(PrintedTicket::sequence).containsExactly(1, 2);
        assertThat(simulator.printedCount()).isEqualTo(2);
    }

    @Test
    void unknown_commands_and_unsupported_raster_modes_are_counted_not_printed() {
        EscPosPrinterSimulator simulator = simulator();

        simulator.accept(new byte[] {0x1B, 0x21});
        simulator.accept(new byte[] {0x1D, 0x76, 0x30, 0x03, 0x01, 0x00, 0x01, 0x00, (byte) 0xFF, 0x1D, 0x56, 0x00});

        assertThat(simulator.unknownCommands()).isEqualTo(2);
        assertThat(printed).as("a quadruple-size raster is not printed at normal size").isEmpty();
    }

    private static int ask(EscPosPrinterSimulator simulator, StatusRequest request) {
        byte[] reply = simulator.accept(EscPos.statusRequest(request));
        assertThat(reply).hasSize(1);
        return reply[0] & 0xFF;
    }
}
