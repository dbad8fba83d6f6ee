package vn.onedoor.app.bench;

import java.util.Arrays;

/** Latencies of one run: count, throughput, p50 and p99 in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int size;

    Latencies(int capacity) {
        nanos = new long[capacity];
    }

    synchronized void add(long latencyNanos) {
        if (size < nanos.length) {
            nanos[size++] = latencyNanos;
        }
    }

    synchronized int count() {
        return size;
    }

    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.ceil(p / 100.0 * size) - 1);
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }
}
