package vn.onedoor.display.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole number aloud in Vietnamese, as the number of a ticket or a counter is announced.
 *
 * <p>The rules follow the Vietnamese cardinal spell-out of Unicode CLDR ({@code common/rbnf/vi.xml}):
 * "mốt" for a final 1 and "tư" for a final 4 only after "mươi" (21, 24; but 11 "mười một", 14 "mười
 * bốn"); "lăm" for a final 5 after "mười"/"mươi" (15, 25) but "năm" alone and after "linh" (105);
 * "linh"/"lẻ" when the tens digit is 0 inside a hundred (101); and "không trăm" when a group of three
 * digits after the leading one has no hundreds (1 001 "một nghìn không trăm linh một"). A group that
 * is all zeros is skipped, so 1 000 024 is "một triệu không trăm hai mươi tư", as on Vietnamese
 * invoices and cheques; CLDR itself would say "một triệu hai mươi tư" there.
 */
public final class VietnameseNumbers {

    /** The largest number read: 999 999 999 999, just under a thousand "tỷ". */
    public static final long MAX = 999_999_999_999L;

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    /** The word for a 0 in the tens place before a non-zero unit (101). */
    public enum ZeroTens {
        /** "linh", northern and the official register: "một trăm linh một". */
        LINH("linh"),
        /** "lẻ", southern: "một trăm lẻ một". */
        LE("lẻ");

        final String word;

        ZeroTens(String word) {
            this.word = word;
        }
    }

    /** The word for a thousand. */
    public enum Thousand {
        /** "nghìn", northern and the official register. */
        NGHIN("nghìn"),
        /** "ngàn", southern. */
        NGAN("ngàn");

        final String word;

        Thousand(String word) {
            this.word = word;
        }
    }

    /** Dialect choices; {@link #OFFICIAL} (linh, nghìn) unless a center picks otherwise. */
    public record Dialect(ZeroTens zeroTens, Thousand thousand) {
        public static final Dialect OFFICIAL = new Dialect(ZeroTens.LINH, Thousand.NGHIN);
        public static final Dialect SOUTHERN = new Dialect(ZeroTens.LE, Thousand.NGAN);

        public Dialect {
            if (zeroTens == null || thousand == null) {
                throw new IllegalArgumentException("both dialect choices are needed");
            }
        }
    }

    private final Dialect dialect;

    public VietnameseNumbers(Dialect dialect) {
        if (dialect == null) {
            throw new IllegalArgumentException("dialect is null");
        }
        this.dialect = dialect;
    }

    /** The official (northern) reading: linh, nghìn. */
    public VietnameseNumbers() {
        this(Dialect.OFFICIAL);
    }

    /** The words of {@code n} in lower case, separated by single spaces. */
    public String read(long n) {
        return String.join(" ", words(n));
    }

    /** The words of {@code n} in order, one word (one syllable) per element. */
    public List<String> words(long n) {
        if (n < 0 || n > MAX) {
            throw new IllegalArgumentException("can only read 0.." + MAX + ": " + n);
        }
        List<String> out = new ArrayList<>();
        if (n == 0) {
            out.add(DIGITS[0]);
            return out;
        }
        String[] scales = {"tỷ", "triệu", dialect.thousand().word, ""};
        long[] groups = {n / 1_000_000_000L, n / 1_000_000 % 1000, n / 1000 % 1000, n % 1000};
        boolean leading = true;
        for (int i = 0; i < groups.length; i++) {
            int group = (int) groups[i];
            if (group == 0) {
                continue;
            }
            readGroup(group, leading, out);
            if (!scales[i].isEmpty()) {
                out.add(scales[i]);
            }
            leading = false;
        }
        return out;
    }

    /** A group of three digits; one that follows another group always says its hundreds. */
    private void readGroup(int group, boolean leading, List<String> out) {
        int hundreds = group / 100;
        int rest = group % 100;
        if (hundreds > 0 || !leading) {
            out.add(DIGITS[hundreds]);
            out.add("trăm");
            if (rest > 0 && rest < 10) {
                out.add(dialect.zeroTens().word);
                out.add(DIGITS[rest]);
                return;
            }
        }
        if (rest > 0) {
            readBelowHundred(rest, out);
        }
    }

    private static void readBelowHundred(int n, List<String> out) {
        int tens = n / 10;
        int units = n % 10;
        if (tens == 0) {
            out.add(DIGITS[units]);
            return;
        }
        if (tens == 1) {
            out.add("mười");
        } else {
            out.add(DIGITS[tens]);
            out.add("mươi");
        }
        if (units == 0) {
            return;
        }
        if (units == 5) {
            out.add("lăm");
        } else if (units == 1 && tens > 1) {
            out.add("mốt");
        } else if (units == 4 && tens > 1) {
            out.add("tư");
        } else {
            out.add(DIGITS[units]);
        }
    }
}
