package vn.onedoor.drivers.sim.internal;

/** One command of an ESC/POS stream as the simulator understands it. */
public sealed interface EscPosCommand {

    record Init() implements EscPosCommand {
    }

    record SelectCodePage(int number) implements EscPosCommand {
    }

    /** A printable byte (or a byte of a multi-byte character) for the line buffer. */
    record TextByte(byte value) implements EscPosCommand {
    }

    /** LF, ESC d n (n lines) or ESC J n (n dots): print the line buffer, then feed. */
    record Feed(int amount, boolean inDots) implements EscPosCommand {
    }

    /** GS v 0: {@code rows} rows of {@code widthBytes} bytes, MSB = leftmost dot, 1 = black. */
    record Raster(int mode, int widthBytes, int rows, byte[] data) implements EscPosCommand {
    }

    /** GS V m [n]; {@code feedDots} is the n of the feed-then-cut forms, else 0. */
    record Cut(boolean partial, int feedDots) implements EscPosCommand {
    }

    record StatusRequest(int n) implements EscPosCommand {
    }

    /** An ESC or GS command the simulator does not know; its length is guessed as two bytes. */
    record Unknown(int prefix, int command) implements EscPosCommand {
    }
}
