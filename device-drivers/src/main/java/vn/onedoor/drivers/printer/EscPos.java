package vn.onedoor.drivers.printer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;

/**
 * Builds an ESC/POS byte stream; it does no I/O, so the same bytes go to TCP 9100, a serial port
 * or a print queue. Not thread-safe: one builder per job.
 *
 * <pre>{@code byte[] job = new EscPos().init().raster(image).feedLines(4).cut(Cut.PARTIAL).toBytes();}</pre>
 */
public final class EscPos {

    /** GS v 0 takes at most this many rows per command on many printers (their line buffer). */
    public static final int MAX_BAND_ROWS = 256;

    public enum Cut {
        FULL(0), PARTIAL(1);

        final int code;

        Cut(int code) {
            this.code = code;
        }
    }

    static final int ESC = 0x1B;
    static final int GS = 0x1D;
    static final int DLE = 0x10;
    static final int EOT = 0x04;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** ESC @: clears the buffer and resets modes, so a half-received earlier job cannot leak in. */
    public EscPos init() {
        return bytes(ESC, '@');
    }

    /**
     * GS v 0 in bands of at most {@link #MAX_BAND_ROWS} rows. Each row is packed MSB-first (the
     * leftmost dot is the high bit), 1 = black; a pixel is black when its luminance is below half.
     */
    public EscPos raster(BufferedImage image) {
        int widthBytes = (image.getWidth() + 7) / 8;
        int[] row = new int[image.getWidth()];
        for (int top = 0; top < image.getHeight(); top += MAX_BAND_ROWS) {
            int rows = Math.min(MAX_BAND_ROWS, image.getHeight() - top);
            bytes(GS, 'v', '0', 0, widthBytes & 0xFF, widthBytes >> 8, rows & 0xFF, rows >> 8);
            for (int y = top; y < top + rows; y++) {
                image.getRGB(0, y, image.getWidth(), 1, row, 0, image.getWidth());
                out.write(packRow(row, widthBytes), 0, widthBytes);
            }
        }
        return this;
    }

    /** ESC d n: prints the line buffer and feeds n lines. */
    public EscPos feedLines(int lines) {
        return bytes(ESC, 'd', checkByte(lines));
    }

    /** ESC J n: prints the line buffer and feeds n dots (n/203 inch on most printers). */
    public EscPos feedDots(int dots) {
        return bytes(ESC, 'J', checkByte(dots));
    }

    /** GS V m: cuts at the cutter; feed first, the cutter sits a few millimetres above the head. */
    public EscPos cut(Cut cut) {
        return bytes(GS, 'V', cut.code);
    }

    /** ESC t n, then the text in that code page and LF. Vietnamese is split as CP1258 wants it. */
    public EscPos text(String line, NativeCodePage codePage) {
        bytes(ESC, 't', codePage.escPosNumber());
        String prepared = codePage.charset().name().equals("windows-1258") ? Cp1258Text.prepare(line) : line;
        byte[] encoded = prepared.getBytes(codePage.charset());
        out.write(encoded, 0, encoded.length);
        return bytes('\n');
    }

    /** DLE EOT n, a real-time request the printer answers with one status byte even when offline. */
    public static byte[] statusRequest(StatusRequest request) {
        return new byte[] {DLE, EOT, (byte) request.code()};
    }

    public byte[] toBytes() {
        return out.toByteArray();
    }

    static byte[] packRow(int[] argb, int widthBytes) {
        byte[] packed = new byte[widthBytes];
        for (int x = 0; x < argb.length; x++) {
            int p = argb[x];
            int luminance = (299 * ((p >> 16) & 0xFF) + 587 * ((p >> 8) & 0xFF) + 114 * (p & 0xFF)) / 1000;
            if (luminance < 128) {
                packed[x >> 3] |= (byte) (0x80 >>> (x & 7));
            }
        }
        return packed;
    }

    private EscPos bytes(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }

    private static int checkByte(int n) {
        if (n < 0 || n > 255) {
            throw new IllegalArgumentException("must be 0..255: " + n);
        }
        return n;
    }

    /**
     * CP1258 has the vowels with circumflex, breve and horn precomposed (â, ê, ô, ơ, ư, ă) but the
     * five tone marks only as combining characters, so "ệ" must go out as "ê" + dot below.
     */
    static final class Cp1258Text {
        private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

        static String prepare(String text) {
            String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
            StringBuilder result = new StringBuilder();
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char c : decomposed.toCharArray()) {
                boolean combining = Character.getType(c) == Character.NON_SPACING_MARK;
                if (!combining) {
                    flush(result, base, tones);
                }
                (combining && TONES.indexOf(c) >= 0 ? tones : base).append(c);
            }
            flush(result, base, tones);
            return result.toString();
        }

        private static void flush(StringBuilder result, StringBuilder base, StringBuilder tones) {
            result.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tones);
            base.setLength(0);
            tones.setLength(0);
        }
    }
}
