package vn.onedoor.drivers.printer;

import java.util.EnumSet;
import java.util.Set;

/**
 * The four DLE EOT n requests and how to read the one byte each is answered with (Epson's
 * meaning, which Xprinter, Rongta and most clones copy). Every reply has bit 1 and bit 4 set and
 * bits 0 and 7 clear; a byte without that shape is not a status reply.
 */
public enum StatusRequest {
    /** n=1: bit 3 = offline. */
    PRINTER(1),
    /** n=2: bit 2 = cover open, bit 5 = stopped at paper end, bit 6 = error. */
    OFFLINE_CAUSE(2),
    /** n=3: bit 2 = cutter error, bit 3 = unrecoverable error, bit 5 = auto-recoverable error. */
    ERROR_CAUSE(3),
    /** n=4: bits 2-3 = roll near its end, bits 5-6 = roll out. */
    PAPER(4);

    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_VALUE = 0x12;

    private final int code;

    StatusRequest(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static boolean isStatusByte(int reply) {
        return (reply & FIXED_MASK) == FIXED_VALUE;
    }

    /**
     * @throws IllegalArgumentException when {@code reply} does not have the fixed bits of a
     *                                  status byte (a misaligned or foreign byte)
     */
    public Set<PrinterCondition> decode(int reply) {
        if (!isStatusByte(reply)) {
            throw new IllegalArgumentException(String.format("not a status byte for DLE EOT %d: 0x%02X", code, reply & 0xFF));
        }
        Set<PrinterCondition> conditions = EnumSet.noneOf(PrinterCondition.class);
        switch (this) {
            case PRINTER -> when(reply, 0x08, PrinterCondition.OFFLINE, conditions);
            case OFFLINE_CAUSE -> {
                when(reply, 0x04, PrinterCondition.COVER_OPEN, conditions);
                when(reply, 0x20, PrinterCondition.PAPER_OUT, conditions);
                when(reply, 0x40, PrinterCondition.ERROR, conditions);
            }
            case ERROR_CAUSE -> when(reply, 0x2C, PrinterCondition.ERROR, conditions);
            case PAPER -> {
                when(reply, 0x0C, PrinterCondition.PAPER_NEAR_END, conditions);
                when(reply, 0x60, PrinterCondition.PAPER_OUT, conditions);
            }
        }
        return conditions;
    }

    private static void when(int reply, int mask, PrinterCondition condition, Set<PrinterCondition> into) {
        if ((reply & mask) != 0) {
            into.add(condition);
        }
    }
}
