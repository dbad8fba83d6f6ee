package vn.onedoor.device.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Peripheral parameters stored as sorted {@code key=value} lines: readable in the database, diff-friendly. */
public final class SettingsText {

    private SettingsText() {}

    public static Map<String, String> parse(String text) {
        Map<String, String> values = new TreeMap<>();
        if (text == null) {
            return values;
        }
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return values;
    }

    public static String format(Map<String, String> values) {
        return new TreeMap<>(values).entrySet().stream()
                .peek(e -> check(e.getKey(), e.getValue()))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }

    private static void check(String key, String value) {
        if (key.isBlank() || key.contains("=") || key.contains("\n") || value.contains("\n")) {
            throw new IllegalArgumentException("Parameter names and values are single lines, names without '=': " + key);
        }
    }
}
