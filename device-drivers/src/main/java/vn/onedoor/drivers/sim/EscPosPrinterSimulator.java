package vn.onedoor.drivers.sim;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import vn.onedoor.drivers.printer.TicketFonts;
import vn.onedoor.drivers.sim.internal.EscPosCommand;
import vn.onedoor.drivers.sim.internal.PaperRoll;

/**
 * A thermal receipt printer in software: it executes ESC/POS (ESC @, ESC t, text, LF, ESC d,
 * ESC J, GS v 0, GS V, DLE EOT) onto a simulated roll and, on each cut, writes the piece as a PNG
 * named {@code ticket-<UTC time>-<sequence>.png} into the output directory. While the paper is
 * out, the cover open or the printer offline it prints nothing, like a real one, but still answers
 * DLE EOT. Thread-safe: connections feed it through their own {@link SimulatorSession}.
 */
public final class EscPosPrinterSimulator {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path outputDir;
    private final Clock clock;
    private final Consumer<PrintedTicket> listener;
    private final PaperRoll roll;
    private final Map<Integer, Charset> codePages = new HashMap<>();
    private final ByteArrayOutputStream lineBuffer = new ByteArrayOutputStream();
    private Charset codePage = StandardCharsets.ISO_8859_1;
    private int printed;
    private int unknownCommands;
    private volatile boolean paperOut;
    private volatile boolean paperNearEnd;
    private volatile boolean coverOpen;
    private volatile boolean offline;

    /** @param listener told of each cut, on the thread that fed the cut; must not block */
    public EscPosPrinterSimulator(int widthDots, Path outputDir, Clock clock, Consumer<PrintedTicket> listener) {
        this.outputDir = outputDir;
        this.clock = clock;
        this.listener = listener;
        this.roll = new PaperRoll(widthDots, TicketFonts.regular(22));
        codePages.put(0, Charset.forName("IBM437"));
    }

    /** Declares how the simulated printer reads bytes after ESC t {@code number}. */
    public synchronized EscPosPrinterSimulator withCodePage(int number, Charset charset) {
        codePages.put(number, charset);
        return this;
    }

    public SimulatorSession newSession() {
        return new SimulatorSession(this);
    }

    /**
     * Feeds bytes through a fresh session, for tests: they must hold whole commands, as a command
     * cut at the end is dropped with the session. Streams use {@link #newSession()}.
     */
    public byte[] accept(byte[] data) {
        return newSession().accept(data, 0, data.length);
    }

    public void setPaperOut(boolean value) {
        paperOut = value;
    }

    public void setPaperNearEnd(boolean value) {
        paperNearEnd = value;
    }

    public void setCoverOpen(boolean value) {
        coverOpen = value;
    }

    public void setOffline(boolean value) {
        offline = value;
    }

    public synchronized int printedCount() {
        return printed;
    }

    /** ESC/GS commands it skipped as unknown or unsupported (GS v 0 with m ≠ 0); a test of a driver expects 0. */
    public synchronized int unknownCommands() {
        return unknownCommands;
    }

    /** Executes one command; returns the reply bytes (only DLE EOT has any). */
    synchronized byte[] execute(EscPosCommand command) {
        if (command instanceof EscPosCommand.StatusRequest request) {
            return new byte[] {statusByte(request.n())};
        }
        if (command instanceof EscPosCommand.Unknown
                || command instanceof EscPosCommand.Raster raster && raster.mode() != 0) {
            // Double-width/height raster modes are not simulated; a driver that sends them should see it fail.
            unknownCommands++;
            return new byte[0];
        }
        if (paperOut || coverOpen || offline) {
            return new byte[0];
        }
        if (command instanceof EscPosCommand.Init) {
            lineBuffer.reset();
            codePage = codePages.get(0);
        } else if (command instanceof EscPosCommand.SelectCodePage select) {
            codePage = codePages.getOrDefault(select.number(), StandardCharsets.ISO_8859_1);
        } else if (command instanceof EscPosCommand.TextByte text) {
            lineBuffer.write(text.value());
        } else if (command instanceof EscPosCommand.Feed feed) {
            feed(feed);
        } else if (command instanceof EscPosCommand.Raster raster) {
            roll.raster(raster.widthBytes(), raster.rows(), raster.data());
        } else if (command instanceof EscPosCommand.Cut cut) {
            cut(cut.feedDots());
        }
        return new byte[0];
    }

    private void feed(EscPosCommand.Feed feed) {
        boolean hadText = lineBuffer.size() > 0;
        if (hadText) {
            String text = Normalizer.normalize(new String(lineBuffer.toByteArray(), codePage), Normalizer.Form.NFC);
            roll.textLine(text);
            lineBuffer.reset();
        }
        if (feed.inDots()) {
            roll.feedDots(feed.amount());
        } else {
            int lines = hadText ? feed.amount() - 1 : feed.amount();
            roll.feedDots(Math.max(0, lines) * PaperRoll.LINE_DOTS);
        }
    }

    private void cut(int feedDots) {
        roll.feedDots(feedDots);
        if (roll.isBlank()) {
            return;
        }
        BufferedImage image = roll.cut();
        printed++;
        Path png = outputDir.resolve(String.format("ticket-%s-%04d.png", FILE_TIME.format(clock.instant()), printed));
        write(image, png);
        listener.accept(new PrintedTicket(printed, png, image));
    }

    /** Written under a temporary name and moved, so a watcher never sees half a PNG. */
    private static void write(BufferedImage image, Path png) {
        try {
            Files.createDirectories(png.getParent());
            Path partial = png.resolveSibling(png.getFileName() + ".part");
            if (!ImageIO.write(image, "png", partial.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(partial, png, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + png, e);
        }
    }

    private byte statusByte(int n) {
        boolean stopped = paperOut || coverOpen || offline;
        int bits = switch (n) {
            case 1 -> stopped ? 0x08 : 0;
            case 2 -> (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0);
            case 4 -> (paperNearEnd || paperOut ? 0x0C : 0) | (paperOut ? 0x60 : 0);
            default -> 0;
        };
        return (byte) (0x12 | bits);
    }
}
