package vn.onedoor.center;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.onedoor.platform.rules.Rejection;

/**
 * What a center sets for its screens, each with its default and its range. A value is stored as
 * text; {@link #check} refuses one out of range with a message naming the setting.
 */
public enum Setting {
    /** The wall board's news ticker; empty: the bundled welcome line. */
    BOARD_MARQUEE("board.marquee", ""),
    /** Whether the board speaks calls (the chime always sounds). */
    BOARD_VOICE("board.voice", "true"),
    /** The voice's volume, 0–100 %. */
    BOARD_VOICE_VOLUME("board.voice.volume", "100"),
    /** How many times a call is spoken, 1–3. */
    BOARD_VOICE_REPEATS("board.voice.repeats", "1"),
    /** Seconds without a touch before the kiosk goes home in Vietnamese, 10–600. */
    KIOSK_IDLE_SECONDS("kiosk.idle-seconds", "30"),
    /** The languages the kiosk offers, Vietnamese first: "vi" or "vi,en". */
    KIOSK_LANGUAGES("kiosk.languages", "vi,en");

    public static final int MARQUEE_MAX = 1000;

    private final String key;
    private final String defaultValue;

    Setting(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public static Optional<Setting> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    /** The value in its stored form, or a refusal naming the setting and its range. */
    public String check(String value) {
        String v = value == null ? "" : value.strip();
        switch (this) {
            case BOARD_MARQUEE -> {
                if (v.length() > MARQUEE_MAX) {
                    throw refuse("SETTING_TOO_LONG", MARQUEE_MAX);
                }
                return v;
            }
            case BOARD_VOICE -> {
                if (!v.equals("true") && !v.equals("false")) {
                    throw refuse("SETTING_NOT_BOOLEAN");
                }
                return v;
            }
            case BOARD_VOICE_VOLUME -> {
                return String.valueOf(number(v, 0, 100));
            }
            case BOARD_VOICE_REPEATS -> {
                return String.valueOf(number(v, 1, 3));
            }
            case KIOSK_IDLE_SECONDS -> {
                return String.valueOf(number(v, 10, 600));
            }
            case KIOSK_LANGUAGES -> {
                List<String> languages = Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .distinct().toList();
                if (languages.isEmpty() || !languages.get(0).equals("vi")
                        || !languages.stream().allMatch(l -> l.equals("vi") || l.equals("en"))) {
                    throw refuse("SETTING_LANGUAGES");
                }
                return String.join(",", languages);
            }
            default -> throw new IllegalStateException(name());
        }
    }

    private int number(String v, int min, int max) {
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refuse("SETTING_OUT_OF_RANGE", min, max);
    }

    private Rejection refuse(String code, Object... range) {
        Object[] args = new Object[range.length + 1];
        args[0] = key;
        System.arraycopy(range, 0, args, 1, range.length);
        return Rejection.invalidField(key, code, "Setting " + key + " refuses this value", args);
    }
}
