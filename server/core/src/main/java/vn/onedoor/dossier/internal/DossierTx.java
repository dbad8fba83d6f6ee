package vn.onedoor.dossier.internal;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import vn.onedoor.dossier.DossierStatusChanged;
import vn.onedoor.dossier.DossierStorageException;

/**
 * One dossier change as one transaction on plain JDBC; its events are published after the commit.
 * A deadlock victim (two first receipts of an agency's day racing for the new sequence row) is
 * run again.
 */
@Singleton
public class DossierTx {

    private static final int ATTEMPTS = 5;

    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<DossierStatusChanged> publisher;

    DossierTx(TransactionOperations<Connection> transactions, ApplicationEventPublisher<DossierStatusChanged> publisher) {
        this.transactions = transactions;
        this.publisher = publisher;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection, Consumer<DossierStatusChanged> events) throws SQLException;
    }

    public <T> T write(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            List<DossierStatusChanged> events = new ArrayList<>();
            try {
                T result = transactions.executeWrite(status -> {
                    events.clear();
                    try {
                        return work.run(status.getConnection(), events::add);
                    } catch (SQLException e) {
                        throw new DossierStorageException(e);
                    }
                });
                events.forEach(publisher::publishEvent);
                return result;
            } catch (DossierStorageException e) {
                if (attempt >= ATTEMPTS || !(e.getCause() instanceof SQLTransactionRollbackException)) {
                    throw e;
                }
            }
        }
    }

    public <T> T read(Work<T> work) {
        return transactions.executeRead(status -> {
            try {
                return work.run(status.getConnection(), e -> {
                    throw new IllegalStateException("A read publishes nothing");
                });
            } catch (SQLException e) {
                throw new DossierStorageException(e);
            }
        });
    }

}
