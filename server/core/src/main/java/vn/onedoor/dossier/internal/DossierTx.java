package vn.onedoor.dossier.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import vn.onedoor.dossier.DossierStatusChanged;
import vn.onedoor.platform.db.JdbcTransactions;
import vn.onedoor.platform.db.WriteConnections;
import vn.onedoor.platform.events.AfterCommitDelivery;

/** The dossiers' changes and reads on {@link JdbcTransactions}, with the dossiers' events. */
@Singleton
public class DossierTx {

    private final JdbcTransactions<DossierStatusChanged> transactions;

    DossierTx(TransactionOperations<Connection> transactions, WriteConnections writes,
            AfterCommitDelivery delivery, ApplicationEventPublisher<DossierStatusChanged> publisher) {
        this.transactions = new JdbcTransactions<>(transactions, writes, delivery, publisher::publishEvent);
    }

    @FunctionalInterface
    public interface Work<T> extends JdbcTransactions.Work<T, DossierStatusChanged> {}

    public <T> T write(Work<T> work) {
        return transactions.write(work);
    }

    public <T> T read(Work<T> work) {
        return transactions.read(work);
    }
}
