package vn.onedoor.drivers.printer;

import java.util.Objects;
import java.util.Optional;

/**
 * What the code needs to know about one printer model as installed.
 *
 * @param name          shown in logs and outcomes, e.g. "Xprinter XP-80 (quầy 1)"
 * @param widthDots     printable width: 576 for 80 mm paper, 384 for 58 mm (both at 203 dpi)
 * @param reportsStatus true when the printer answers DLE EOT over its transport; only then can
 *                      paper-out be detected before printing
 * @param nativeText    a code page the printer can print Vietnamese from, if any; tickets are
 *                      printed as images either way, because most cheap printers have none
 */
public record PrinterProfile(String name, int widthDots, boolean reportsStatus, Optional<NativeCodePage> nativeText) {

    public static final int DOTS_80_MM = 576;
    public static final int DOTS_58_MM = 384;

    public PrinterProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nativeText, "nativeText");
        if (widthDots < 128 || widthDots % 8 != 0) {
            throw new IllegalArgumentException("widthDots must be a multiple of 8 and at least 128: " + widthDots);
        }
    }

    /** An 80 mm printer that answers status requests and has no usable Vietnamese code page. */
    public static PrinterProfile paper80(String name) {
        return new PrinterProfile(name, DOTS_80_MM, true, Optional.empty());
    }

    /** A 58 mm printer that answers status requests and has no usable Vietnamese code page. */
    public static PrinterProfile paper58(String name) {
        return new PrinterProfile(name, DOTS_58_MM, true, Optional.empty());
    }

    public PrinterProfile withoutStatus() {
        return new PrinterProfile(name, widthDots, false, nativeText);
    }

    public PrinterProfile withNativeText(NativeCodePage codePage) {
        return new PrinterProfile(name, widthDots, reportsStatus, Optional.of(codePage));
    }
}
