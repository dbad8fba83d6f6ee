package vn.onedoor.drivers.sim.internal;

import java.util.Arrays;

/**
 * Cuts a byte buffer into {@link EscPosCommand}s. Works on whatever has arrived: a command split
 * across reads is left for the next call.
 */
public final class EscPosParser {

    /** A parsed command and how many bytes it took. */
    public record Parsed(EscPosCommand command, int length) {
    }

    private EscPosParser() {
    }

    /** @return the command starting at {@code offset}, or null when its bytes are not all here yet */
    public static Parsed next(byte[] buf, int offset, int limit) {
        int available = limit - offset;
        int b0 = buf[offset] & 0xFF;
        if (b0 == 0x0A) {
            return new Parsed(new EscPosCommand.Feed(1, false), 1);
        }
        if (b0 != 0x1B && b0 != 0x1D && b0 != 0x10) {
            return new Parsed(new EscPosCommand.TextByte(buf[offset]), 1);
        }
        if (available < 2) {
            return null;
        }
        int b1 = buf[offset + 1] & 0xFF;
        if (b0 == 0x1B) {
            return switch (b1) {
                case '@' -> new Parsed(new EscPosCommand.Init(), 2);
                case 't' -> withArg(buf, offset, available, n -> new EscPosCommand.SelectCodePage(n));
                case 'd' -> withArg(buf, offset, available, n -> new EscPosCommand.Feed(n, false));
                case 'J' -> withArg(buf, offset, available, n -> new EscPosCommand.Feed(n, true));
                default -> new Parsed(new EscPosCommand.Unknown(b0, b1), 2);
            };
        }
        if (b0 == 0x10) {
            return b1 == 0x04 ? (available < 3 ? null : new Parsed(new EscPosCommand.StatusRequest(buf[offset + 2] & 0xFF), 3))
                    : new Parsed(new EscPosCommand.Unknown(b0, b1), 2);
        }
        return switch (b1) {
            case 'v' -> raster(buf, offset, available);
            case 'V' -> cut(buf, offset, available);
            default -> new Parsed(new EscPosCommand.Unknown(b0, b1), 2);
        };
    }

    private static Parsed withArg(byte[] buf, int offset, int available, java.util.function.IntFunction<EscPosCommand> make) {
        return available < 3 ? null : new Parsed(make.apply(buf[offset + 2] & 0xFF), 3);
    }

    private static Parsed raster(byte[] buf, int offset, int available) {
        if (available < 8) {
            return null;
        }
        if (buf[offset + 2] != '0') {
            return new Parsed(new EscPosCommand.Unknown(0x1D, 'v'), 2);
        }
        int mode = buf[offset + 3] & 0xFF;
        int widthBytes = (buf[offset + 4] & 0xFF) | (buf[offset + 5] & 0xFF) << 8;
        int rows = (buf[offset + 6] & 0xFF) | (buf[offset + 7] & 0xFF) << 8;
        int length = 8 + widthBytes * rows;
        if (available < length) {
            return null;
        }
        byte[] data = Arrays.copyOfRange(buf, offset + 8, offset + length);
        return new Parsed(new EscPosCommand.Raster(mode, widthBytes, rows, data), length);
    }

    private static Parsed cut(byte[] buf, int offset, int available) {
        if (available < 3) {
            return null;
        }
        int m = buf[offset + 2] & 0xFF;
        return switch (m) {
            case 0, '0' -> new Parsed(new EscPosCommand.Cut(false, 0), 3);
            case 1, '1' -> new Parsed(new EscPosCommand.Cut(true, 0), 3);
            case 65, 66 -> available < 4 ? null : new Parsed(new EscPosCommand.Cut(m == 66, buf[offset + 3] & 0xFF), 4);
            default -> new Parsed(new EscPosCommand.Unknown(0x1D, 'V'), 3);
        };
    }
}
