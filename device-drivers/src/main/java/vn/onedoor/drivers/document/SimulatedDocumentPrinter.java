package vn.onedoor.drivers.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.printer.PrintOutcome.Reason;

/**
 * An A4 printer in software: each job lands whole as {@code <prefix>-<UTC time>-<title>.pdf} in
 * the output directory (the title without diacritics, spaces and slashes). Like
 * {@code EscPosPrinterSimulator}, it can be told it is out of paper or offline, and then prints
 * nothing and says why. Thread-safe.
 */
public final class SimulatedDocumentPrinter implements DocumentPrinter {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final int TITLE_CHARS = 60;

    private final Path outputDir;
    private final String prefix;
    private final Clock clock;
    private final Consumer<Path> listener;
    private int printed;
    private volatile boolean paperOut;
    private volatile boolean offline;

    /** @param listener told of each file once it is complete, on the printing thread; must not block */
    public SimulatedDocumentPrinter(Path outputDir, String prefix, Clock clock, Consumer<Path> listener) {
        this.outputDir = outputDir;
        this.prefix = fileSafe(prefix.isBlank() ? "document" : prefix);
        this.clock = clock;
        this.listener = listener;
    }

    public void setPaperOut(boolean value) {
        paperOut = value;
    }

    public void setOffline(boolean value) {
        offline = value;
    }

    public synchronized int printedCount() {
        return printed;
    }

    @Override
    public synchronized PrintOutcome print(String title, byte[] pdf) {
        if (offline) {
            return new PrintOutcome.Failed(Reason.OFFLINE, "simulated A4 printer is offline");
        }
        if (paperOut) {
            return new PrintOutcome.Failed(Reason.PAPER_OUT, "simulated A4 printer is out of paper");
        }
        try {
            Files.createDirectories(outputDir);
            String stem = prefix + "-" + FILE_TIME.format(clock.instant()) + "-" + fileSafe(title);
            Path file = outputDir.resolve(stem + ".pdf");
            for (int n = 2; Files.exists(file); n++) {
                file = outputDir.resolve(stem + "-" + n + ".pdf");
            }
            // Written beside and moved, so whoever watches the directory never reads half a file.
            Path part = outputDir.resolve(file.getFileName() + ".part");
            Files.write(part, pdf);
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            printed++;
            listener.accept(file);
            return new PrintOutcome.Printed(pdf.length, false);
        } catch (IOException e) {
            return new PrintOutcome.Failed(Reason.IO_ERROR, "writing into " + outputDir + ": " + e.getMessage());
        }
    }

    /** Letters and digits without diacritics, joined by single dashes, at most 60 characters. */
    static String fileSafe(String text) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String safe = plain.replaceAll("[^A-Za-z0-9._]+", "-").replaceAll("\\.{2,}", ".").replaceAll("^[-.]+|[-.]+$", "");
        if (safe.length() > TITLE_CHARS) {
            safe = safe.substring(0, TITLE_CHARS).replaceAll("[-.]+$", "");
        }
        return safe.isEmpty() ? "untitled" : safe.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "simulated:" + outputDir.resolve(prefix + "-*.pdf");
    }
}
