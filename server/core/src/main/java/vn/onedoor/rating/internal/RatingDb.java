package vn.onedoor.rating.internal;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import vn.onedoor.rating.RatingStorageException;

/** Transactions of the rating feature on a plain JDBC connection; a duplicate key is reported as such. */
@Singleton
public class RatingDb {

    private static final int ATTEMPTS = 3;

    private final TransactionOperations<Connection> transactions;

    RatingDb(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** A unique key refused the write: someone else already did it. */
    public static final class DuplicateKey extends RuntimeException {
        DuplicateKey(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Runs the work in one transaction; a deadlock victim is retried, a duplicate key is not. */
    public <T> T write(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.executeWrite(status -> call(work, status.getConnection()));
            } catch (RatingStorageException e) {
                if (attempt >= ATTEMPTS || !(e.getCause() instanceof SQLTransactionRollbackException)) {
                    throw e;
                }
            }
        }
    }

    public <T> T read(Work<T> work) {
        return transactions.executeRead(status -> call(work, status.getConnection()));
    }

    private static <T> T call(Work<T> work, Connection c) {
        try {
            return work.run(c);
        } catch (SQLIntegrityConstraintViolationException e) {
            // 1062: duplicate entry for a unique key (other integrity errors are bugs, not races)
            if (e.getErrorCode() == 1062) {
                throw new DuplicateKey(e);
            }
            throw new RatingStorageException(e);
        } catch (SQLException e) {
            throw new RatingStorageException(e);
        }
    }
}
