package vn.onedoor.calendar;

/** What adding an override came to: the stored override, or why not. */
public sealed interface OverrideResult {

    record Added(CalendarOverride override) implements OverrideResult {}

    /** {@code code} is stable for programs (e.g. {@code OVERRIDE_EXISTS}); the message is for people. */
    record Rejected(String code, String message) implements OverrideResult {}
}
