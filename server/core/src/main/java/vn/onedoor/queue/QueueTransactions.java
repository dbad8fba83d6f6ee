package vn.onedoor.queue;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import vn.onedoor.platform.db.JdbcTransactions;
import vn.onedoor.platform.db.WriteConnections;
import vn.onedoor.platform.events.AfterCommitDelivery;
import vn.onedoor.queue.model.QueueEvent;

/**
 * Runs one queue change as one transaction and publishes its events only after the commit, so no
 * screen ever shows a change that was rolled back. A deadlock victim is retried.
 */
@Singleton
public class QueueTransactions {

    private static final int ATTEMPTS = 4;

    private final JdbcTransactions<QueueEvent> transactions;

    QueueTransactions(TransactionOperations<Connection> transactions, WriteConnections writes,
            AfterCommitDelivery delivery, ApplicationEventPublisher<QueueEvent> publisher) {
        this.transactions = new JdbcTransactions<>(transactions, writes, delivery, publisher::publishEvent, ATTEMPTS,
                QueueStorageException::new);
    }

    /** One unit of queue work on the transaction's connection; events it reports are held until commit. */
    @FunctionalInterface
    public interface Work<T> extends JdbcTransactions.Work<T, QueueEvent> {}

    public <T> T write(Work<T> work) {
        return transactions.write(work);
    }

    public <T> T read(Work<T> work) {
        return transactions.read(work);
    }

    /** The database failed under a queue operation; the transaction was rolled back. */
    public static final class QueueStorageException extends RuntimeException {
        QueueStorageException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
