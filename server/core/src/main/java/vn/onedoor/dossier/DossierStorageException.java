package vn.onedoor.dossier;

import java.sql.SQLException;

/** The database failed under a dossier operation; the transaction was rolled back. */
public final class DossierStorageException extends RuntimeException {

    public DossierStorageException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
