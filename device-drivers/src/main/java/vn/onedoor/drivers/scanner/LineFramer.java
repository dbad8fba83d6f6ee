package vn.onedoor.drivers.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the byte stream of a serial QR/barcode scanner into scans. Scanners end a scan with CR,
 * LF or CRLF depending on their setting; any of them ends a scan, and the LF of a CRLF split
 * across two reads does not make an empty scan. Not thread-safe: one framer per port reader.
 */
public final class LineFramer {

    /** A scan longer than this is garbage (a scanner in the wrong mode); it is dropped. */
    public static final int MAX_SCAN_BYTES = 4096;

    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private boolean lastWasCr;
    private boolean overflow;

    /** Feeds bytes as they arrive; returns the scans they complete, in order. */
    public List<String> feed(byte[] data, int offset, int length) {
        List<String> scans = new ArrayList<>();
        for (int i = offset; i < offset + length; i++) {
            byte b = data[i];
            if (b == '\n' && lastWasCr) {
                lastWasCr = false;
                continue;
            }
            lastWasCr = b == '\r';
            if (b == '\r' || b == '\n') {
                if (!overflow && current.size() > 0) {
                    scans.add(current.toString(StandardCharsets.UTF_8));
                }
                current.reset();
                overflow = false;
            } else if (current.size() < MAX_SCAN_BYTES) {
                current.write(b);
            } else {
                overflow = true;
            }
        }
        return scans;
    }

    public List<String> feed(byte[] data) {
        return feed(data, 0, data.length);
    }
}
