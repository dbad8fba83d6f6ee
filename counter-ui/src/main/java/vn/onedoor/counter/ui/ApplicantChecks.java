package vn.onedoor.counter.ui;

import java.util.regex.Pattern;

/**
 * What the receive form checks before anything is sent: a citizen identity card (CCCD) number of
 * exactly 12 digits, or a passport number (letters and digits, for a foreigner or a Vietnamese abroad,
 * e.g. in a marriage with a foreign element); a Vietnamese mobile number; an e-mail address of the
 * usual shape. Spaces, dots and dashes people type between digit groups are forgiven.
 */
final class ApplicantChecks {

    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    /** Passports: 6 to 20 letters and digits, at least one letter (all digits must be a CCCD). */
    private static final Pattern PASSPORT = Pattern.compile("(?=.*[A-Z])[A-Z0-9]{6,20}");
    private static final Pattern MOBILE = Pattern.compile("(0|\\+84)[1-9]\\d{8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ApplicantChecks() {}

    /** The 12 digits of a CCCD or the passport number in capitals, or null when it is neither. */
    static String idNumber(String typed) {
        String id = typed == null ? "" : typed.replaceAll("[\\s.-]", "").toUpperCase(java.util.Locale.ROOT);
        return CCCD.matcher(id).matches() || PASSPORT.matcher(id).matches() ? id : null;
    }

    /** "" when none was given, the number without separators, or null when it is not a mobile number. */
    static String phone(String typed) {
        String p = typed == null ? "" : typed.replaceAll("[\\s.()-]", "");
        return p.isEmpty() || MOBILE.matcher(p).matches() ? p : null;
    }

    /** Whether the address is empty (it is optional) or looks like one. */
    static boolean email(String typed) {
        return typed == null || typed.isBlank() || EMAIL.matcher(typed.strip()).matches();
    }
}
