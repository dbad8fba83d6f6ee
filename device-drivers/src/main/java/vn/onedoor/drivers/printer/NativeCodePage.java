package vn.onedoor.drivers.printer;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A printer code page selected with ESC t n. The number n is vendor-specific (the same code page
 * has different numbers on Epson, Xprinter and others), so it comes from the printer's manual,
 * never from a table in code.
 *
 * @param escPosNumber n in ESC t n, 0..255
 * @param charset      how the printer reads the bytes, e.g. windows-1258
 */
public record NativeCodePage(int escPosNumber, Charset charset) {

    public NativeCodePage {
        Objects.requireNonNull(charset, "charset");
        if (escPosNumber < 0 || escPosNumber > 255) {
            throw new IllegalArgumentException("code page number out of 0..255: " + escPosNumber);
        }
    }

    /** Windows-1258 (Vietnamese) under the number the printer's manual gives it. */
    public static NativeCodePage windows1258(int escPosNumber) {
        return new NativeCodePage(escPosNumber, Charset.forName("windows-1258"));
    }
}
