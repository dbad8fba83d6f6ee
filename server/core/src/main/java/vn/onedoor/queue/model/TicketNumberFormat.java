package vn.onedoor.queue.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A center's display format for ticket numbers: {@code {prefix}} and {@code {number}} or
 * {@code {number:N}} (zero-padded to N digits). {@code "{prefix}-{number:4}"} shows A-0024,
 * {@code "{prefix}{number:3}"} shows A024, {@code "{prefix}-{number}"} shows A-1024.
 */
public final class TicketNumberFormat {

    private static final Pattern NUMBER = Pattern.compile("\\{number(?::([1-9]))?}");

    private final String pattern;

    public TicketNumberFormat(String pattern) {
        if (!pattern.contains("{prefix}") || !NUMBER.matcher(pattern).find() || pattern.length() > 32) {
            throw new IllegalArgumentException("A ticket format needs {prefix} and {number} or {number:N}: " + pattern);
        }
        this.pattern = pattern;
    }

    public String format(String prefix, int number) {
        Matcher m = NUMBER.matcher(pattern.replace("{prefix}", prefix));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int width = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            m.appendReplacement(out, String.format("%0" + width + "d", number));
        }
        m.appendTail(out);
        return out.toString();
    }
}
