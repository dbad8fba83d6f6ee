package vn.onedoor.dossier.model;

import vn.onedoor.platform.rules.Rejection;
import java.time.Duration;
import java.time.Instant;

/**
 * When a receipt or a step happened, and whether it is entered after the fact. Officers who
 * worked on paper while the system was down enter everything once it is back (004 Điều 8.2):
 * allowed, but marked as a late entry so the audit can find it. The future is refused.
 */
public record EntryTime(Instant occurredAt, boolean lateEntry) {

    /** Later than this after the fact, an entry counts as late. */
    public static final Duration LATE_AFTER = Duration.ofMinutes(15);
    /** Clocks of integrated systems drift a little; more than this ahead is an error. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    public static EntryTime of(Instant requested, Instant now) {
        if (requested == null) {
            return new EntryTime(now, false);
        }
        if (requested.isAfter(now.plus(CLOCK_SKEW))) {
            throw Rejection.invalid("INVALID_TIME_IN_FUTURE",
                    "" + requested + " is in the future");
        }
        return new EntryTime(requested, requested.isBefore(now.minus(LATE_AFTER)));
    }
}
