package vn.onedoor.dossier.model;

import java.time.LocalDate;

/**
 * On-time classification of 003 Điều 14.4, by <b>date</b> (never time of day): a resolved dossier
 * is early, on time or late against its appointment date; an unresolved one past that date is
 * overdue.
 */
public enum Timeliness {
    EARLY,
    ON_TIME,
    LATE,
    IN_PROGRESS,
    OVERDUE;

    public static Timeliness of(LocalDate appointment, LocalDate resultDate, LocalDate today) {
        if (resultDate != null) {
            int c = resultDate.compareTo(appointment);
            return c < 0 ? EARLY : c == 0 ? ON_TIME : LATE;
        }
        return today.isAfter(appointment) ? OVERDUE : IN_PROGRESS;
    }

    public boolean inTime() {
        return this == EARLY || this == ON_TIME;
    }
}
