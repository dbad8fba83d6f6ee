package vn.onedoor.platform.db;

import vn.onedoor.platform.rules.Rejection;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.onedoor.platform.events.AfterCommitDelivery;

/**
 * One change as one transaction on plain JDBC, its events published only after the commit, so
 * nobody hears of a change that was rolled back, and on another thread, so no listener can fail
 * or slow down the request that made the change. A deadlock victim is run again. A statement
 * the database refuses for its data becomes a {@link ConstraintViolated} or an invalid
 * {@link Rejection}; a database that fails, a {@link StorageFailure}.
 * Changes run on {@link WriteConnections}, reads on Micronaut's transactions.
 *
 * @param <E> the feature's event type
 */
public final class JdbcTransactions<E> {

    /** A deadlock victim is run again, up to this many runs in all. */
    private static final int ATTEMPTS = 5;

    /** Work on the transaction's connection; events it reports are held until the commit. */
    @FunctionalInterface
    public interface Work<T, E> {
        T run(Connection connection, Consumer<E> events) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;
    private final WriteConnections writes;
    private final AfterCommitDelivery delivery;
    private final Consumer<E> publisher;

    public JdbcTransactions(TransactionOperations<Connection> transactions, WriteConnections writes,
            AfterCommitDelivery delivery, Consumer<E> publisher) {
        this.transactions = transactions;
        this.writes = writes;
        this.delivery = delivery;
        this.publisher = publisher;
    }

    public <T> T write(Work<T, E> work) {
        for (int attempt = 1; ; attempt++) {
            List<E> events = new ArrayList<>();
            try {
                T result = writes.inTransaction(c -> work.run(c, events::add));
                delivery.deliver(events, publisher);
                return result;
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !(e instanceof SQLTransactionRollbackException)) {
                    throw DatabaseErrors.translate(e);
                }
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !(e.getCause() instanceof SQLTransactionRollbackException)) {
                    throw e;
                }
            }
        }
    }

    public <T> T read(Work<T, E> work) {
        return transactions.executeRead(status -> {
            try {
                return work.run(status.getConnection(), event -> {
                    throw new IllegalStateException("A read cannot publish " + event);
                });
            } catch (SQLException e) {
                throw DatabaseErrors.translate(e);
            }
        });
    }
}
