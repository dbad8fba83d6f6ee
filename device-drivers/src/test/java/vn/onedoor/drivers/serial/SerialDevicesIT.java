package vn.onedoor.drivers.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onedoor.drivers.display.OneDoorLedProtocol;
import vn.onedoor.drivers.display.TransportLedDisplay;
import vn.onedoor.drivers.printer.Pixels;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.printer.PrinterProfile;
import vn.onedoor.drivers.printer.QrDecoding;
import vn.onedoor.drivers.printer.TicketFixture;
import vn.onedoor.drivers.printer.TicketPrinter;
import vn.onedoor.drivers.printer.TicketRenderer;
import vn.onedoor.drivers.rating.KeypadEvent;
import vn.onedoor.drivers.rating.RatingKeypad;
import vn.onedoor.drivers.scanner.LineFramer;
import vn.onedoor.drivers.sim.EscPosPrinterSimulator;
import vn.onedoor.drivers.sim.PrintedTicket;
import vn.onedoor.drivers.sim.SimulatorLink;
import vn.onedoor.drivers.transport.SerialTransport;

/** Printer, counter display, scanner and keypad over a real serial line: a socat pty pair. */
class SerialDevicesIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int BAUD = 115_200;

    @TempDir
    Path dir;

    private SocatPair socat;
    private final BlockingQueue<PrintedTicket> printed = new LinkedBlockingQueue<>();

    @BeforeEach
    void startSocat() throws Exception {
        socat = SocatPair.start(dir, TIMEOUT);
    }

    @AfterEach
    void stopSocat() throws Exception {
        socat.close();
    }

    @Test
    void a_ticket_over_the_serial_line_comes_out_pixel_identical_with_a_readable_qr_code() throws Exception {
        PrinterProfile profile = PrinterProfile.paper80("serial");
        BufferedImage rendered = new TicketRenderer().render(TicketFixture.aLandTicket(), profile);
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(576, dir.resolve("out"), Clock.systemUTC(), printed::add);
        try (SimulatorLink link = SimulatorLink.attach(simulator, SerialTransport.open(socat.b(), BAUD), "ttyB");
                SerialTransport port = SerialTransport.open(socat.a(), BAUD)) {

            PrintOutcome outcome = new TicketPrinter(profile, port, new TicketRenderer(), TIMEOUT).print(TicketFixture.aLandTicket());

            assertThat(outcome).isInstanceOf(PrintOutcome.Printed.class);
            PrintedTicket ticket = printed.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(ticket).as("a cut within %s", TIMEOUT).isNotNull();
            BufferedImage png = ImageIO.read(ticket.png().toFile());
            assertThat(Pixels.firstDifferentRow(rendered, png, rendered.getHeight())).isEqualTo(-1);
            assertThat(QrDecoding.decode(png)).contains(TicketFixture.QR_URL);
        }
    }

    @Test
    void out_of_paper_on_the_serial_printer_fails_with_paper_out_and_no_png() throws Exception {
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(576, dir.resolve("out"), Clock.systemUTC(), printed::add);
        simulator.setPaperOut(true);
        try (SimulatorLink link = SimulatorLink.attach(simulator, SerialTransport.open(socat.b(), BAUD), "ttyB");
                SerialTransport port = SerialTransport.open(socat.a(), BAUD)) {

            PrintOutcome outcome = new TicketPrinter(PrinterProfile.paper80("p"), port, new TicketRenderer(), TIMEOUT)
                    .print(TicketFixture.aLandTicket());

            assertThat(outcome).isInstanceOfSatisfying(PrintOutcome.Failed.class,
                    failed -> assertThat(failed.reason()).isEqualTo(PrintOutcome.Reason.PAPER_OUT));
        }
        assertThat(Files.exists(dir.resolve("out"))).isFalse();
    }

    @Test
    void counter_display_frames_arrive_whole_on_the_far_end() throws Exception {
        try (TransportLedDisplay display = new TransportLedDisplay(SerialTransport.open(socat.a(), 9600), new OneDoorLedProtocol(16));
                SerialTransport far = SerialTransport.open(socat.b(), 9600)) {

            display.show(5, "A-1024 → Quầy 5");
            display.clear(6);

            byte[] got = Reading.until(far, b -> count(b, OneDoorLedProtocol.ETX) == 2 && b[b.length - 3] == OneDoorLedProtocol.ETX, TIMEOUT);
            int split = indexOf(got, OneDoorLedProtocol.ETX) + 3;
            assertThat(OneDoorLedProtocol.decode(java.util.Arrays.copyOf(got, split)))
                    .isEqualTo(new OneDoorLedProtocol.Frame(5, 'T', "A-1024 ? Quay 5"));
            assertThat(OneDoorLedProtocol.decode(java.util.Arrays.copyOfRange(got, split, got.length)))
                    .isEqualTo(new OneDoorLedProtocol.Frame(6, 'C', ""));
        }
    }

    @Test
    void scanner_lines_and_keypad_presses_are_framed_from_the_serial_stream() throws Exception {
        try (SerialTransport device = SerialTransport.open(socat.a(), 9600); SerialTransport agent = SerialTransport.open(socat.b(), 9600)) {
            String scan = "000.00.12.H42-241122-0001\r\n";
            device.write((scan + "K1\rK3\n").getBytes(StandardCharsets.US_ASCII));

            byte[] got = Reading.until(agent, b -> count(b, (byte) '\n') == 2 && b[b.length - 1] == '\n', TIMEOUT);

            assertThat(new LineFramer().feed(got, 0, scan.length())).containsExactly("000.00.12.H42-241122-0001");
            RatingKeypad keypad = new RatingKeypad(Map.of("K1", 4, "K3", 2), RatingKeypad.Framing.LINES);
            assertThat(keypad.feed(got, scan.length(), got.length - scan.length()))
                    .containsExactly(new KeypadEvent.Rated("K1", 4), new KeypadEvent.Rated("K3", 2));
        }
    }

    private static int count(byte[] bytes, byte b) {
        int n = 0;
        for (byte x : bytes) {
            n += x == b ? 1 : 0;
        }
        return n;
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
