package vn.onedoor.drivers.rating;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.onedoor.drivers.scanner.LineFramer;

/**
 * Turns the bytes of a serial rating keypad into ratings. Keypads come in two kinds: those that
 * send one byte per key ('1'..'4') and those that send a line per press ("K1\r\n"); the
 * configuration says which and maps each key to a value on the center's scale (e.g. 1 → "rất hài
 * lòng" = 4). Not thread-safe: one decoder per port reader.
 */
public final class RatingKeypad {

    public enum Framing {
        SINGLE_BYTES, LINES
    }

    private final Map<String, Integer> scale;
    private final Framing framing;
    private final LineFramer lines = new LineFramer();

    /** @param scale key as the keypad sends it (without line end) → value on the rating scale */
    public RatingKeypad(Map<String, Integer> scale, Framing framing) {
        if (scale.isEmpty()) {
            throw new IllegalArgumentException("a keypad needs at least one key");
        }
        this.scale = Map.copyOf(scale);
        this.framing = framing;
    }

    /** Feeds bytes as they arrive; returns the presses they complete, in order. */
    public List<KeypadEvent> feed(byte[] data, int offset, int length) {
        List<String> keys = new ArrayList<>();
        if (framing == Framing.LINES) {
            lines.feed(data, offset, length).forEach(line -> keys.add(line.trim()));
        } else {
            for (int i = offset; i < offset + length; i++) {
                if (data[i] != '\r' && data[i] != '\n') {
                    keys.add(new String(data, i, 1, StandardCharsets.ISO_8859_1));
                }
            }
        }
        List<KeypadEvent> events = new ArrayList<>(keys.size());
        for (String key : keys) {
            Integer value = scale.get(key);
            events.add(value == null ? new KeypadEvent.Unrecognized(key) : new KeypadEvent.Rated(key, value));
        }
        return events;
    }

    public List<KeypadEvent> feed(byte[] data) {
        return feed(data, 0, data.length);
    }

    /**
     * What the agent writes to a keypad when its rating terminal wakes: {@code WAKE <seconds>} and
     * CR LF, in ASCII ("WAKE 60\r\n"). A keypad lights its keys for that long, or until a key is
     * pressed; one that has no lights ignores the line.
     */
    public static byte[] wakeLine(int seconds) {
        if (seconds < 1 || seconds > 999) {
            throw new IllegalArgumentException("a keypad wakes for 1 to 999 seconds, not " + seconds);
        }
        return ("WAKE " + seconds + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }
}
