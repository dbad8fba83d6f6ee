package vn.onedoor.drivers.serial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Predicate;
import vn.onedoor.drivers.transport.ByteTransport;

/** Reads from a transport until what arrived satisfies a condition, or a deadline passes. */
final class Reading {

    private Reading() {
    }

    static byte[] until(ByteTransport transport, Predicate<byte[]> done, Duration timeout) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(got.toByteArray())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("condition not met within " + timeout + "; got " + got.size() + " bytes");
            }
            int n = transport.read(buffer, Duration.ofNanos(left));
            if (n < 0) {
                throw new AssertionError("stream ended after " + got.size() + " bytes");
            }
            got.write(buffer, 0, n);
        }
        return got.toByteArray();
    }
}
