package vn.onedoor.platform.db;

import java.sql.SQLException;

/**
 * The database failed or did not answer under a change or a read; the transaction was rolled
 * back. The API answers 503 with {@code Retry-After}; a screen asks to try again. Refusals of the
 * data itself (a duplicate, a missing reference, a value too long) are {@link ConstraintViolated}
 * or an invalid {@link vn.onedoor.platform.rules.Rejection}, never this.
 */
public final class StorageFailure extends RuntimeException {

    public StorageFailure(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
