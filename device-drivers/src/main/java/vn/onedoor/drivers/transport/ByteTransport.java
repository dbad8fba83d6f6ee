package vn.onedoor.drivers.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A byte pipe to a device: TCP 9100, a serial port, a device file or a print queue. Device
 * commands are built elsewhere and know nothing of the pipe. Opened once and kept open for the
 * device's lifetime (closing a serial port right after a write can lose the tail of the data).
 * Not thread-safe: one owner talks to a device at a time.
 */
public interface ByteTransport extends AutoCloseable {

    /** Writes all bytes; returns once they are handed to the OS (or the print queue). */
    void write(byte[] data) throws IOException;

    /**
     * Reads what has arrived, waiting at most {@code timeout} for the first byte.
     *
     * @return bytes read into {@code buffer}; 0 when nothing came in time; -1 when the device has
     *         no back channel or closed it
     */
    int read(byte[] buffer, Duration timeout) throws IOException;

    /**
     * Sends a command and waits for exactly {@code expectedBytes} of answer. Bytes that were
     * already waiting are dropped first: they answer an earlier request, not this one.
     *
     * @return the answer, or empty when it did not arrive whole within {@code timeout}
     */
    default Optional<byte[]> request(byte[] command, int expectedBytes, Duration timeout) throws IOException {
        byte[] buffer = new byte[Math.max(64, expectedBytes)];
        while (read(buffer, Duration.ZERO) > 0) {
            // Stale bytes of an earlier answer: dropped.
        }
        write(command);
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (answer.size() < expectedBytes) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            int n = read(buffer, Duration.ofNanos(left));
            if (n < 0) {
                return Optional.empty();
            }
            answer.write(buffer, 0, n);
        }
        return Optional.of(Arrays.copyOf(answer.toByteArray(), expectedBytes));
    }

    @Override
    void close() throws IOException;
}
