package vn.onedoor.rating;

/** Where a vote came from: the terminal at a counter, the kiosk, a staff member, another device over the API. */
public enum RatingSource {
    TERMINAL, KIOSK, STAFF, DEVICE
}
