package vn.onedoor.queue.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A center's display format for ticket numbers: {@code {prefix}} and {@code {number}} or
 * {@code {number:N}} (zero-padded to N digits). {@code "{prefix}-{number:4}"} shows A-0024,
 * {@code "{prefix}{number:3}"} shows A024, {@code "{prefix}-{number}"} shows A-1024.
 */
public final class TicketNumberFormat {

    private static final Pattern NUMBER = Pattern.compile("\\{number(?::([1-9]))?}");

    /** The pattern cut at each {@code {number…}}: literal text, then the width of the number that follows. */
    private final List<String> texts = new ArrayList<>();
    private final List<Integer> widths = new ArrayList<>();
    private final String pattern;

    public TicketNumberFormat(String pattern) {
        if (!pattern.contains("{prefix}") || !NUMBER.matcher(pattern).find() || pattern.length() > 32) {
            throw new IllegalArgumentException("A ticket format needs {prefix} and {number} or {number:N}: " + pattern);
        }
        this.pattern = pattern;
        Matcher m = NUMBER.matcher(pattern);
        int from = 0;
        while (m.find()) {
            texts.add(pattern.substring(from, m.start()));
            widths.add(m.group(1) == null ? 1 : Integer.parseInt(m.group(1)));
            from = m.end();
        }
        texts.add(pattern.substring(from));
    }

    /** Formats one number; called for every ticket issued, so it does no pattern matching. */
    public String format(String prefix, int number) {
        String digits = Integer.toString(number);
        StringBuilder out = new StringBuilder(16);
        for (int i = 0; i < texts.size(); i++) {
            out.append(texts.get(i).replace("{prefix}", prefix));
            if (i < widths.size()) {
                out.append("0".repeat(Math.max(0, widths.get(i) - digits.length()))).append(digits);
            }
        }
        return out.toString();
    }
}
