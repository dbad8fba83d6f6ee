package vn.onedoor.rating;

/** The database failed under a rating operation; the transaction was rolled back (the API answers 503). */
public final class RatingStorageException extends RuntimeException {

    public RatingStorageException(java.sql.SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
