package vn.onedoor.center;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opening hours of one working day, as people write them: {@code 07:00-11:30, 13:30-17:00}
 * (a dash or an en dash, "7h30" too). Intervals are in the center's local time, in order and
 * without overlap.
 */
public record OpeningHours(List<Interval> intervals) {

    private static final Pattern INTERVAL = Pattern.compile(
            "\\s*(\\d{1,2})(?:[:hH](\\d{2})?)?\\s*[-–—]\\s*(\\d{1,2})(?:[:hH](\\d{2})?)?\\s*");

    public record Interval(LocalTime from, LocalTime to) {
        @Override
        public String toString() {
            return from + "-" + to;
        }
    }

    public OpeningHours {
        intervals = List.copyOf(intervals);
    }

    /**
     * Reads hours as typed; empty text is "no hours set" (empty optional).
     *
     * @throws IllegalArgumentException naming what is wrong, for the form to show
     */
    public static Optional<OpeningHours> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        List<Interval> out = new ArrayList<>();
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = INTERVAL.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("Not an interval like 07:30-11:30: " + part.strip());
            }
            Interval i = new Interval(time(m.group(1), m.group(2)), time(m.group(3), m.group(4)));
            if (!i.from().isBefore(i.to())) {
                throw new IllegalArgumentException("An interval ends after it starts: " + part.strip());
            }
            if (!out.isEmpty() && i.from().isBefore(out.get(out.size() - 1).to())) {
                throw new IllegalArgumentException("Intervals are in order and do not overlap: " + part.strip());
            }
            out.add(i);
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(new OpeningHours(out));
    }

    private static LocalTime time(String hours, String minutes) {
        try {
            return LocalTime.of(Integer.parseInt(hours), minutes == null ? 0 : Integer.parseInt(minutes));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a time of day: " + hours + ":" + minutes);
        }
    }

    public boolean isOpen(LocalTime time) {
        return intervals.stream().anyMatch(i -> !time.isBefore(i.from()) && time.isBefore(i.to()));
    }

    /** The canonical form stored and shown: {@code 07:00-11:30, 13:30-17:00}. */
    @Override
    public String toString() {
        return intervals.stream().map(Interval::toString).collect(Collectors.joining(", "));
    }

    /** The canonical form of typed hours, null for none; refuses hours that cannot be read. */
    public static String normalize(String text) {
        return parse(text).map(OpeningHours::toString).orElse(null);
    }
}
