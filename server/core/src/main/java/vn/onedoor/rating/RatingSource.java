package vn.onedoor.rating;

/**
 * Where a vote came from: the terminal at a counter, the kiosk, a staff member, another device
 * over the API, or the applicant's phone (the page of the receipt's QR code).
 */
public enum RatingSource {
    TERMINAL, KIOSK, STAFF, DEVICE, PHONE
}
