package vn.onedoor.queue;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.onedoor.queue.model.QueueEvent;

/**
 * Runs one queue change as one transaction and publishes its events only after the commit, so no
 * screen ever shows a change that was rolled back. A deadlock victim is retried.
 */
@Singleton
public class QueueTransactions {

    private static final int ATTEMPTS = 4;

    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<QueueEvent> publisher;

    QueueTransactions(TransactionOperations<Connection> transactions, ApplicationEventPublisher<QueueEvent> publisher) {
        this.transactions = transactions;
        this.publisher = publisher;
    }

    /** One unit of queue work on the transaction's connection; events it reports are held until commit. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection, Consumer<QueueEvent> events) throws SQLException;
    }

    public <T> T write(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            List<QueueEvent> events = new ArrayList<>();
            try {
                T result = transactions.executeWrite(status -> {
                    events.clear();
                    try {
                        return work.run(status.getConnection(), events::add);
                    } catch (SQLException e) {
                        throw new QueueStorageException(e);
                    }
                });
                events.forEach(publisher::publishEvent);
                return result;
            } catch (QueueStorageException e) {
                if (attempt >= ATTEMPTS || !(e.getCause() instanceof SQLTransactionRollbackException)) {
                    throw e;
                }
            }
        }
    }

    public <T> T read(Work<T> work) {
        return transactions.executeRead(status -> {
            try {
                return work.run(status.getConnection(), event -> {
                    throw new IllegalStateException("A read cannot publish " + event.type());
                });
            } catch (SQLException e) {
                throw new QueueStorageException(e);
            }
        });
    }

    /** The database failed under a queue operation; the transaction was rolled back. */
    public static final class QueueStorageException extends RuntimeException {
        QueueStorageException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
