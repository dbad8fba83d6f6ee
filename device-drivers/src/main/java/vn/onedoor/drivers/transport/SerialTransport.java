package vn.onedoor.drivers.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * A serial port opened by its configured path (/dev/ttyUSB0, /dev/ttyS0, a socat pty, COM3):
 * {@code SerialPort.getCommPorts()} does not list ptys and USB adapters get renumbered, so the
 * path comes from configuration. 8N1, no flow control.
 *
 * <p>On Linux jSerialComm ignores the write timeout: a write to a port nobody reads (a printer
 * switched off behind a USB adapter with flow control) can block. Callers that must stay
 * responsive write from their own thread.
 */
public final class SerialTransport implements ByteTransport {

    private final SerialPort port;
    private int readTimeoutMillis = -1;

    private SerialTransport(SerialPort port) {
        this.port = port;
    }

    /** Opens the port; keep the transport for the device's lifetime. */
    public static SerialTransport open(String path, int baudRate) throws IOException {
        Objects.requireNonNull(path, "path");
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(baudRate, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialTransport(port);
    }

    @Override
    public void write(byte[] data) throws IOException {
        int done = 0;
        while (done < data.length) {
            int n = port.writeBytes(data, data.length - done, done);
            if (n < 0) {
                throw new IOException("write failed on " + port.getSystemPortPath() + " (error " + port.getLastErrorCode() + ")");
            }
            done += n;
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (timeout.isZero()) {
            int available = port.bytesAvailable();
            if (available < 0) {
                throw new IOException("port closed: " + port.getSystemPortPath());
            }
            return available == 0 ? 0 : readNow(buffer, Math.min(available, buffer.length));
        }
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (millis != readTimeoutMillis) {
            // Reconfiguring the port is a system call; a reader polling with one timeout pays it once.
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, millis, 0);
            readTimeoutMillis = millis;
        }
        return readNow(buffer, buffer.length);
    }

    @Override
    public void close() {
        port.closePort();
    }

    @Override
    public String toString() {
        return "serial:" + port.getSystemPortPath();
    }

    private int readNow(byte[] buffer, int length) throws IOException {
        int n = port.readBytes(buffer, length);
        if (n < 0) {
            throw new IOException("read failed on " + port.getSystemPortPath() + " (error " + port.getLastErrorCode() + ")");
        }
        return n;
    }
}
