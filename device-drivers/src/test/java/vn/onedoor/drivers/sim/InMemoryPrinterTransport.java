package vn.onedoor.drivers.sim;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import vn.onedoor.drivers.transport.ByteTransport;

/** A transport wired straight into a simulator session, for tests without sockets or ports. */
final class InMemoryPrinterTransport implements ByteTransport {

    private final SimulatorSession session;
    private final Queue<Byte> replies = new ArrayDeque<>();
    private boolean failWrites;
    private boolean mute;
    int bytesWritten;

    InMemoryPrinterTransport(EscPosPrinterSimulator printer) {
        this.session = printer.newSession();
    }

    /** Every write fails afterwards, as when the cable is pulled. */
    void failWrites() {
        failWrites = true;
    }

    /** The printer takes data but never answers, as one without a back channel. */
    void mute() {
        mute = true;
    }

    @Override
    public void write(byte[] data) throws IOException {
        if (failWrites) {
            throw new IOException("Broken pipe");
        }
        bytesWritten += data.length;
        for (byte b : session.accept(data, 0, data.length)) {
            if (!mute) {
                replies.add(b);
            }
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) {
        int n = 0;
        while (n < buffer.length && !replies.isEmpty()) {
            buffer[n++] = replies.remove();
        }
        return n;
    }

    @Override
    public void close() {
    }
}
