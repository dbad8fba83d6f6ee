package vn.onedoor.rating;

/**
 * A rating the rules refuse, with a stable code: {@code ALREADY_RATED} (409), {@code INVALID_*} (400),
 * {@code *_NOT_FOUND} (404), {@code TICKET_NOT_COMPLETED} (409). Screens show {@code rating.error.<code>}.
 */
public final class RatingRejection extends RuntimeException {

    public static final String ALREADY_RATED = "ALREADY_RATED";

    private final String code;

    public RatingRejection(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean alreadyRated() {
        return ALREADY_RATED.equals(code);
    }
}
