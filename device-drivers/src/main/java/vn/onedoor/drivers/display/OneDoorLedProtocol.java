package vn.onedoor.drivers.display;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Our own simple frame for serial counter displays, documented in PROTOCOLS.md:
 * {@code STX, address as 2 ASCII digits, command ('T' show, 'C' clear), text, ETX, BCC} where BCC
 * is the XOR of every byte from the address through ETX, sent as 2 uppercase hex digits. All
 * bytes between STX and ETX are printable ASCII, so a display that lost sync finds the next STX.
 */
public final class OneDoorLedProtocol implements LedProtocol {

    public static final byte STX = 0x02;
    public static final byte ETX = 0x03;
    public static final int BROADCAST = 0;

    /** A decoded frame; for tests and as a reference for display firmware. */
    public record Frame(int address, char command, String text) {
    }

    private final int maxChars;

    /** @param maxChars characters the display can show; longer text is cut, not scrolled */
    public OneDoorLedProtocol(int maxChars) {
        if (maxChars < 1 || maxChars > 64) {
            throw new IllegalArgumentException("maxChars out of 1..64: " + maxChars);
        }
        this.maxChars = maxChars;
    }

    @Override
    public byte[] show(int address, String text) {
        String folded = AsciiFold.fold(text);
        return frame(address, 'T', folded.substring(0, Math.min(maxChars, folded.length())));
    }

    @Override
    public byte[] clear(int address) {
        return frame(address, 'C', "");
    }

    /** @throws IllegalArgumentException when the bytes are not exactly one well-formed frame */
    public static Frame decode(byte[] frame) {
        int n = frame.length;
        if (n < 7 || frame[0] != STX || frame[n - 3] != ETX) {
            throw new IllegalArgumentException("not a frame: " + Arrays.toString(frame));
        }
        String bcc = new String(frame, n - 2, 2, StandardCharsets.US_ASCII);
        if (!bcc.equals(String.format("%02X", xor(frame, 1, n - 2)))) {
            throw new IllegalArgumentException("bad checksum " + bcc);
        }
        String body = new String(frame, 1, n - 4, StandardCharsets.US_ASCII);
        return new Frame(Integer.parseInt(body.substring(0, 2)), body.charAt(2), body.substring(3));
    }

    private static byte[] frame(int address, char command, String text) {
        if (address < 0 || address > 99) {
            throw new IllegalArgumentException("address out of 0..99: " + address);
        }
        byte[] body = String.format("%02d%c%s", address, command, text).getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[body.length + 4];
        frame[0] = STX;
        System.arraycopy(body, 0, frame, 1, body.length);
        frame[body.length + 1] = ETX;
        byte[] bcc = String.format("%02X", xor(frame, 1, body.length + 2)).getBytes(StandardCharsets.US_ASCII);
        frame[body.length + 2] = bcc[0];
        frame[body.length + 3] = bcc[1];
        return frame;
    }

    private static int xor(byte[] bytes, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return x & 0xFF;
    }
}
