package vn.onedoor.dossier;

/**
 * One line of the dossier statistics (003 Điều 11, 14.5, 17): counted by date. {@code resolved}
 * have their result (or refusal) dated in the period, split into early, on time and late against
 * the appointment date; {@code inProgress} and {@code overdue} are the unresolved ones at the
 * period's end (or today, if sooner), overdue when past their appointment date.
 */
public record StatsRow(String key, String name, long received, long resolved, long early, long onTime, long late,
        long inProgress, long overdue) {

    /** Resolved ÷ received, or null with nothing received. */
    public Double resolutionRate() {
        return ratio(resolved, received);
    }

    /** (Early + on time) ÷ resolved, or null with nothing resolved. */
    public Double onTimeRate() {
        return ratio(early + onTime, resolved);
    }

    public StatsRow plus(StatsRow o) {
        return new StatsRow(key, name, received + o.received, resolved + o.resolved, early + o.early,
                onTime + o.onTime, late + o.late, inProgress + o.inProgress, overdue + o.overdue);
    }

    public static StatsRow empty(String key, String name) {
        return new StatsRow(key, name, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Four decimals: 0.8333 rather than 0.8333333333333334. */
    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
