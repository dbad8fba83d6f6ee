package vn.onedoor.identity;

import java.util.Locale;
import java.util.Set;
import vn.onedoor.platform.rules.Rejection;

/**
 * The password policy, as the screens and {@code docs/operations.md} state it: at least
 * {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, with at least one letter and at
 * least one digit or symbol; not the username, and none of the passwords every attacker tries
 * first. Passwords are compared as typed (Vietnamese letters count as letters).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "12345678", "123456789",
            "1234567890", "qwerty123", "abc12345", "abcd1234", "admin123", "admin@123", "matkhau1", "matkhau123",
            "123456aa", "1qaz2wsx", "iloveyou1", "p@ssw0rd", "passw0rd", "onedoor1", "onedoor123", "demo1234");

    private PasswordPolicy() {}

    /** Refuses a password the policy does not allow, naming the rule it breaks ({@code field} "password"). */
    public static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw Rejection.invalidField("password", "PASSWORD_TOO_SHORT", "A password needs " + MIN_LENGTH
                    + " characters", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw Rejection.invalidField("password", "PASSWORD_TOO_LONG", "At most " + MAX_LENGTH + " characters",
                    MAX_LENGTH);
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c) && !Character.isWhitespace(c));
        if (!letter || !other) {
            throw Rejection.invalidField("password", "PASSWORD_TOO_SIMPLE",
                    "A password needs a letter and a digit or symbol");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw Rejection.invalidField("password", "PASSWORD_HAS_USERNAME", "The password contains the username");
        }
        if (COMMON.contains(lower)) {
            throw Rejection.invalidField("password", "PASSWORD_TOO_COMMON", "A password every attacker tries first");
        }
    }
}
