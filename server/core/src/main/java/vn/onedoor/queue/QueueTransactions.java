package vn.onedoor.queue;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import vn.onedoor.platform.db.JdbcTransactions;
import vn.onedoor.platform.db.WriteConnections;
import vn.onedoor.platform.events.AfterCommitDelivery;
import vn.onedoor.queue.model.QueueEvent;

/** The queue's changes and reads on {@link JdbcTransactions}, with the queue's events. */
@Singleton
public class QueueTransactions {

    private final JdbcTransactions<QueueEvent> transactions;

    QueueTransactions(TransactionOperations<Connection> transactions, WriteConnections writes,
            AfterCommitDelivery delivery, ApplicationEventPublisher<QueueEvent> publisher) {
        this.transactions = new JdbcTransactions<>(transactions, writes, delivery, publisher::publishEvent);
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
}
