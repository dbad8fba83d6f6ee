package vn.onedoor.drivers.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import vn.onedoor.drivers.transport.ByteTransport;
import vn.onedoor.drivers.transport.StreamTransport;

/**
 * Connects a simulator to the device end of a byte pipe (the far side of a socat pty pair, a
 * stream pair) on a thread of its own. A failure of that thread is not lost: {@link #close()}
 * rethrows it.
 */
public final class SimulatorLink implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final ByteTransport device;
    private final SimulatorSession session;
    private final Thread thread;
    private volatile boolean closing;
    private volatile Exception failure;

    private SimulatorLink(EscPosPrinterSimulator printer, ByteTransport device, String name) {
        this.device = device;
        this.session = printer.newSession();
        this.thread = new Thread(this::pump, "printer-sim-" + name);
        thread.setDaemon(true);
    }

    /** Serves the simulator on a transport, e.g. a {@code SerialTransport} on the pty's far end. */
    public static SimulatorLink attach(EscPosPrinterSimulator printer, ByteTransport device, String name) {
        SimulatorLink link = new SimulatorLink(printer, device, name);
        link.thread.start();
        return link;
    }

    /** Serves the simulator on a pair of streams: bytes to print come in, status replies go out. */
    public static SimulatorLink attach(EscPosPrinterSimulator printer, InputStream in, OutputStream out, String name) {
        return attach(printer, new StreamTransport(in, out, name), name);
    }

    private void pump() {
        byte[] buffer = new byte[16384];
        try {
            int n;
            while (!closing && (n = device.read(buffer, POLL)) >= 0) {
                byte[] replies = session.accept(buffer, 0, n);
                if (replies.length > 0) {
                    device.write(replies);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!closing) {
                failure = e;
            }
        }
    }

    /** Stops the thread, closes the device end and reports what killed the thread, if anything. */
    @Override
    public void close() throws IOException {
        closing = true;
        try {
            thread.join(POLL.multipliedBy(20).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        device.close();
        if (failure != null) {
            throw new IOException("printer simulator link failed", failure);
        }
    }
}
