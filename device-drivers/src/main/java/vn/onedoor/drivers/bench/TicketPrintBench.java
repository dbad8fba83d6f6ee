package vn.onedoor.drivers.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.printer.PrinterProfile;
import vn.onedoor.drivers.printer.TicketLayout;
import vn.onedoor.drivers.printer.TicketPrinter;
import vn.onedoor.drivers.printer.TicketRenderer;
import vn.onedoor.drivers.sim.EscPosPrinterSimulator;
import vn.onedoor.drivers.sim.PrintedTicket;
import vn.onedoor.drivers.sim.TcpPrinterSimulator;
import vn.onedoor.drivers.transport.TcpTransport;

/**
 * How long a kiosk waits for a ticket: render + encode per ticket (warm), bytes per ticket, and
 * a whole print (status check, render, encode, write) over TCP to the simulator on 127.0.0.1.
 * Run: {@code java -cp <classpath> vn.onedoor.drivers.bench.TicketPrintBench [runs]}.
 */
public final class TicketPrintBench {

    private static final int WARM_UP = 50;

    private TicketPrintBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        TicketLayout ticket = new TicketLayout("Trung tâm Phục vụ Hành chính công tỉnh Long An", "A-1024", "Đất đai",
                "08:35 — 23/11/2026", "Còn 12 người đang chờ", "Thời gian chờ dự kiến: khoảng 25 phút",
                "Mời đến quầy số 3, 4 hoặc 5", "https://dichvucong.longan.gov.vn/ve/A-1024?k=7f3a9c",
                List.of("Quét mã để theo dõi lượt của ông/bà.", "Xin cảm ơn!"), null);
        for (PrinterProfile profile : List.of(PrinterProfile.paper80("80 mm"), PrinterProfile.paper58("58 mm"))) {
            renderAndEncode(ticket, profile, runs);
        }
        overTcp(ticket, PrinterProfile.paper80("80 mm"), Math.max(20, runs / 10));
    }

    private static void renderAndEncode(TicketLayout ticket, PrinterProfile profile, int runs) {
        TicketRenderer renderer = new TicketRenderer();
        long[] nanos = new long[runs];
        int bytes = 0;
        BufferedImage image = null;
        for (int i = -WARM_UP; i < runs; i++) {
            long start = System.nanoTime();
            image = renderer.render(ticket, profile);
            bytes = TicketPrinter.encode(image).length;
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        System.out.printf("%s: %dx%d dots, %d bytes/ticket; render+encode over %d warm runs: %s%n",
                profile.name(), image.getWidth(), image.getHeight(), bytes, runs, summary(nanos));
    }

    private static void overTcp(TicketLayout ticket, PrinterProfile profile, int runs) throws Exception {
        Path out = Files.createTempDirectory("ticket-bench");
        BlockingQueue<PrintedTicket> printed = new LinkedBlockingQueue<>();
        EscPosPrinterSimulator printer = new EscPosPrinterSimulator(profile.widthDots(), out, Clock.systemUTC(), printed::add);
        long[] written = new long[runs];
        long[] cut = new long[runs];
        try (TcpPrinterSimulator simulator = TcpPrinterSimulator.start(printer, 0);
                TcpTransport transport = new TcpTransport("127.0.0.1", simulator.port(), Duration.ofSeconds(2))) {
            TicketPrinter ticketPrinter = new TicketPrinter(profile, transport, new TicketRenderer(), Duration.ofSeconds(2));
            for (int i = -WARM_UP / 5; i < runs; i++) {
                long start = System.nanoTime();
                PrintOutcome outcome = ticketPrinter.print(ticket);
                long done = System.nanoTime();
                if (!(outcome instanceof PrintOutcome.Printed)) {
                    throw new IllegalStateException("bench print failed: " + outcome);
                }
                if (printed.poll(10, TimeUnit.SECONDS) == null) {
                    throw new IllegalStateException("the simulator cut nothing within 10 s");
                }
                if (i >= 0) {
                    written[i] = done - start;
                    cut[i] = System.nanoTime() - start;
                }
            }
        }
        System.out.printf("TCP to simulator, %d tickets (status check + render + encode + write): last byte written %s%n",
                runs, summary(written));
        System.out.printf("  ... until the simulator had cut and written the PNG: %s%n", summary(cut));
        System.out.printf("  PNGs in %s%n", out);
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("median %.2f ms, p99 %.2f ms, max %.2f ms",
                ms(sorted[sorted.length / 2]), ms(sorted[(int) Math.ceil(sorted.length * 0.99) - 1]), ms(sorted[sorted.length - 1]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
