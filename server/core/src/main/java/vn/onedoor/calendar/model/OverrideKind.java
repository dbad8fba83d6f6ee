package vn.onedoor.calendar.model;

/** What the administrator declares a date to be, whatever the rules say. */
public enum OverrideKind {
    OFF,
    WORKING
}
