package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import java.text.Normalizer;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.text.PersonNames;

/**
 * The checks every administration form makes of its text: required, no longer than its column,
 * nothing a screen or a paper cannot show. Each refusal names the field.
 */
final class Inputs {

    private Inputs() {}

    /** A required text, NFC, trimmed, single-spaced. */
    static String required(String field, @Nullable String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw Rejection.invalidField(field, "VALUE_REQUIRED", field + " is required", field);
        }
        return v;
    }

    /** An optional text: null when blank. */
    static String optional(String field, @Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        String v = Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("[ \\t]+", " ");
        if (v.isEmpty()) {
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw Rejection.invalidField(field, "VALUE_TOO_LONG", field + " is too long", field, max);
        }
        String bad = PersonNames.unprintable(v);
        if (!bad.isEmpty()) {
            throw Rejection.invalidField(field, "UNPRINTABLE_CHARACTERS", field + " holds " + bad, field, bad);
        }
        return v;
    }

    static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw Rejection.invalidField(field, "OUT_OF_RANGE", field + " out of range", field, min, max);
        }
        return value;
    }

    static Integer optionalRange(String field, @Nullable Integer value, int min, int max) {
        return value == null ? null : range(field, value, min, max);
    }
}
