package vn.onedoor.drivers.sim;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import vn.onedoor.drivers.sim.internal.EscPosParser;

/**
 * One connection's view of the simulator: it keeps the bytes of a command split across reads
 * until the rest arrives, so two connections never mix half commands. Not thread-safe.
 */
public final class SimulatorSession {

    private final EscPosPrinterSimulator printer;
    private byte[] pending = new byte[0];

    SimulatorSession(EscPosPrinterSimulator printer) {
        this.printer = printer;
    }

    /** Executes every complete command in what has arrived; returns the bytes to send back. */
    public byte[] accept(byte[] data, int offset, int length) {
        byte[] buf = pending.length == 0 ? Arrays.copyOfRange(data, offset, offset + length) : concat(data, offset, length);
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        int at = 0;
        while (at < buf.length) {
            EscPosParser.Parsed parsed = EscPosParser.next(buf, at, buf.length);
            if (parsed == null) {
                break;
            }
            replies.writeBytes(printer.execute(parsed.command()));
            at += parsed.length();
        }
        pending = Arrays.copyOfRange(buf, at, buf.length);
        return replies.toByteArray();
    }

    private byte[] concat(byte[] data, int offset, int length) {
        byte[] joined = Arrays.copyOf(pending, pending.length + length);
        System.arraycopy(data, offset, joined, pending.length, length);
        return joined;
    }
}
