package vn.onedoor.drivers.display;

import java.io.IOException;

/**
 * The counter displays on one serial line (usually an RS-485 bus with one display per counter,
 * each with its own address). One-way: cheap displays do not answer.
 */
public interface LedDisplay extends AutoCloseable {

    /** Shows {@code text} (e.g. "A-1024 > 05") on the display at {@code address}, replacing what was there. */
    void show(int address, String text) throws IOException;

    void clear(int address) throws IOException;

    @Override
    void close() throws IOException;
}
