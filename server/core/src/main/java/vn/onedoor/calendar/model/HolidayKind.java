package vn.onedoor.calendar.model;

/** Why a date appears in a year's list of days off (or of make-up working days). */
public enum HolidayKind {
    /** A public holiday of the Labour Code 2019, Art. 112.1. */
    HOLIDAY,
    /** Nghỉ bù: the next working day off for a holiday that fell on a weekend (Art. 111.3). */
    COMPENSATORY,
    /** Declared off by the administrator, e.g. the extra Tết days the government announces. */
    OVERRIDE_OFF,
    /** Declared a working day by the administrator, e.g. a make-up Saturday (làm bù). */
    OVERRIDE_WORKING
}
