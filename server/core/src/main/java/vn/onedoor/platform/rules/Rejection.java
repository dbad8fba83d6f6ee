package vn.onedoor.platform.rules;

import java.util.List;

/**
 * Something a rule or the input refuses, for every feature: a stable {@code code} for programs,
 * a {@link Kind} that says what sort of refusal it is (the API answers 400, 404, 403 or 409), and
 * values for the people-facing text, which comes from the bundles by code
 * ({@code error.<CODE>} in {@code i18n/errors}). The exception's own message is a detail in
 * English for the log, never shown as it is.
 */
public class Rejection extends RuntimeException {

    /** What sort of refusal: bad input, nothing there, not yours, or not now. */
    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;
    private final String code;
    private final transient List<Object> args;
    private final String field;

    public Rejection(Kind kind, String code, String detail, String field, Object... args) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.args = List.of(args);
    }

    /** Bad input; {@code detail} in English for the log. */
    public static Rejection invalid(String code, String detail, Object... args) {
        return new Rejection(Kind.INVALID, code, detail, null, args);
    }

    /** Bad input in one field of a request, which the answer names. */
    public static Rejection invalidField(String field, String code, String detail, Object... args) {
        return new Rejection(Kind.INVALID, code, detail, field, args);
    }

    public static Rejection notFound(String code, String detail, Object... args) {
        return new Rejection(Kind.NOT_FOUND, code, detail, null, args);
    }

    public static Rejection forbidden(String code, String detail, Object... args) {
        return new Rejection(Kind.FORBIDDEN, code, detail, null, args);
    }

    public static Rejection conflict(String code, String detail, Object... args) {
        return new Rejection(Kind.CONFLICT, code, detail, null, args);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The values the bundle's text for this code takes as {@code {0}}, {@code {1}}… */
    public Object[] args() {
        return args.toArray();
    }

    /** The request field at fault, when one is; {@code null} otherwise. */
    public String field() {
        return field;
    }

    /** The bundle key of the text people read. */
    public String messageKey() {
        return "error." + code;
    }

    public boolean is(String otherCode) {
        return code.equals(otherCode);
    }

    public boolean notFound() {
        return kind == Kind.NOT_FOUND;
    }
}
