package vn.onedoor.platform.db;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.onedoor.platform.events.AfterCommitDelivery;

/**
 * One change as one transaction on plain JDBC, its events published only after the commit, so
 * nobody hears of a change that was rolled back, and on another thread, so no listener can fail
 * or slow down the request that made the change. A deadlock victim is run again. Each feature
 * keeps its own event type and its own storage exception (the REST layer maps them). Changes run
 * on {@link WriteConnections}, reads on Micronaut's transactions.
 *
 * @param <E> the feature's event type
 */
public final class JdbcTransactions<E> {

    /** Work on the transaction's connection; events it reports are held until the commit. */
    @FunctionalInterface
    public interface Work<T, E> {
        T run(Connection connection, Consumer<E> events) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;
    private final WriteConnections writes;
    private final AfterCommitDelivery delivery;
    private final Consumer<E> publisher;
    private final int attempts;
    private final Function<SQLException, RuntimeException> failure;

    /** @param failure the feature's exception for a database failure, with the SQLException as its cause */
    public JdbcTransactions(TransactionOperations<Connection> transactions, WriteConnections writes,
            AfterCommitDelivery delivery, Consumer<E> publisher, int attempts,
            Function<SQLException, RuntimeException> failure) {
        this.transactions = transactions;
        this.writes = writes;
        this.delivery = delivery;
        this.publisher = publisher;
        this.attempts = attempts;
        this.failure = failure;
    }

    public <T> T write(Work<T, E> work) {
        for (int attempt = 1; ; attempt++) {
            List<E> events = new ArrayList<>();
            try {
                T result = writes.inTransaction(c -> work.run(c, events::add));
                delivery.deliver(events, publisher);
                return result;
            } catch (SQLException e) {
                if (attempt >= attempts || !(e instanceof SQLTransactionRollbackException)) {
                    throw failure.apply(e);
                }
            } catch (RuntimeException e) {
                if (attempt >= attempts || !(e.getCause() instanceof SQLTransactionRollbackException)) {
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
                throw failure.apply(e);
            }
        });
    }
}
