package vn.onedoor.display.speech;

import java.util.List;
import java.util.Map;

/**
 * A strict reader of Vietnamese number words, written independently of {@link VietnameseNumbers} to
 * check it: it rejects the forms that grammar forbids (a "mốt" after "mười", a "năm" after "mươi",
 * a group after a thousand without its hundreds, ...), so a wrong reading cannot parse back.
 */
final class NumberParser {

    private static final Map<String, Integer> DIGITS = Map.of("không", 0, "một", 1, "hai", 2, "ba", 3, "bốn", 4,
            "năm", 5, "sáu", 6, "bảy", 7, "tám", 8, "chín", 9);
    private static final Map<String, Long> SCALES = Map.of("nghìn", 1000L, "ngàn", 1000L, "triệu", 1_000_000L,
            "tỷ", 1_000_000_000L);

    private NumberParser() {
    }

    static long parse(List<String> words) {
        long total = 0;
        long group = 0;
        Integer pending = null;
        String previous = "";
        boolean afterScale = false;
        long lastScale = Long.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean afterTens = previous.equals("mươi");
            boolean afterTen = previous.equals("mười");
            if (afterScale && !(DIGITS.containsKey(w) && i + 1 < words.size() && words.get(i + 1).equals("trăm"))) {
                throw fail(words, "a group after a scale word must say its hundreds");
            }
            afterScale = false;
            if (DIGITS.containsKey(w)) {
                int d = DIGITS.get(w);
                if (afterTens && (d == 1 || d == 4 || d == 5) || afterTen && d == 5) {
                    throw fail(words, "'" + w + "' after '" + previous + "'");
                }
                if (d == 0 && words.size() > 1 && !(i + 1 < words.size() && words.get(i + 1).equals("trăm"))) {
                    throw fail(words, "'không' only alone or before 'trăm'");
                }
                pending = d;
            } else if (w.equals("mốt") || w.equals("tư")) {
                if (!afterTens) {
                    throw fail(words, "'" + w + "' only after 'mươi'");
                }
                pending = w.equals("mốt") ? 1 : 4;
            } else if (w.equals("lăm")) {
                if (!afterTens && !afterTen) {
                    throw fail(words, "'lăm' only after 'mười' or 'mươi'");
                }
                pending = 5;
            } else if (w.equals("mười")) {
                group += 10;
            } else if (w.equals("mươi")) {
                if (pending == null || pending < 2) {
                    throw fail(words, "'mươi' needs a digit 2..9 before it");
                }
                group += pending * 10L;
                pending = null;
            } else if (w.equals("trăm")) {
                if (pending == null) {
                    throw fail(words, "'trăm' needs a digit before it");
                }
                group += pending * 100L;
                pending = null;
            } else if (w.equals("linh") || w.equals("lẻ")) {
                if (!previous.equals("trăm") || i + 1 >= words.size() || !DIGITS.containsKey(words.get(i + 1))) {
                    throw fail(words, "'" + w + "' only between 'trăm' and a digit");
                }
            } else if (SCALES.containsKey(w)) {
                long scale = SCALES.get(w);
                if (scale >= lastScale) {
                    throw fail(words, "scales must decrease");
                }
                lastScale = scale;
                total += (group + (pending == null ? 0 : pending)) * scale;
                group = 0;
                pending = null;
                afterScale = i + 1 < words.size();
            } else {
                throw fail(words, "unknown word '" + w + "'");
            }
            previous = w;
        }
        return total + group + (pending == null ? 0 : pending);
    }

    private static IllegalArgumentException fail(List<String> words, String why) {
        return new IllegalArgumentException(String.join(" ", words) + ": " + why);
    }
}
