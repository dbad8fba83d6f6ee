package vn.onedoor.drivers.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A transport over a pair of plain streams: a USB printer's device file (/dev/usb/lp0), a pty
 * opened as a file, or the two ends of a socket. Streams cannot time out a read, so a daemon
 * thread reads ahead into a queue and {@link #read} waits on the queue instead.
 */
public final class StreamTransport implements ByteTransport {

    private static final byte[] END = new byte[0];

    private final InputStream in;
    private final OutputStream out;
    private final BlockingQueue<byte[]> arrived = new LinkedBlockingQueue<>();
    private final Thread reader;
    private byte[] pending = new byte[0];
    private int pendingOffset;
    private volatile IOException readFailure;

    public StreamTransport(InputStream in, OutputStream out, String name) {
        this.in = in;
        this.out = out;
        this.reader = new Thread(this::readAhead, "stream-transport-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void write(byte[] data) throws IOException {
        out.write(data);
        out.flush();
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (pendingOffset == pending.length) {
            byte[] next;
            try {
                next = timeout.isZero() ? arrived.poll() : arrived.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while reading");
            }
            if (next == null) {
                return 0;
            }
            if (next == END) {
                arrived.add(END);
                if (readFailure != null) {
                    throw readFailure;
                }
                return -1;
            }
            pending = next;
            pendingOffset = 0;
        }
        int n = Math.min(buffer.length, pending.length - pendingOffset);
        System.arraycopy(pending, pendingOffset, buffer, 0, n);
        pendingOffset += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            in.close();
        }
    }

    private void readAhead() {
        byte[] chunk = new byte[8192];
        try {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                arrived.add(java.util.Arrays.copyOf(chunk, n));
            }
        } catch (IOException e) {
            readFailure = e;
        } finally {
            arrived.add(END);
        }
    }
}
