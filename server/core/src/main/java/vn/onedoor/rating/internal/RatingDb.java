package vn.onedoor.rating.internal;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import vn.onedoor.platform.db.JdbcTransactions;
import vn.onedoor.platform.db.WriteConnections;
import vn.onedoor.platform.events.AfterCommitDelivery;

/** The ratings' changes and reads on {@link JdbcTransactions}; ratings publish no events. */
@Singleton
public class RatingDb {

    private final JdbcTransactions<Void> transactions;

    RatingDb(TransactionOperations<Connection> transactions, WriteConnections writes, AfterCommitDelivery delivery) {
        this.transactions = new JdbcTransactions<>(transactions, writes, delivery, event -> { });
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public <T> T write(Work<T> work) {
        return transactions.write((c, events) -> work.run(c));
    }

    public <T> T read(Work<T> work) {
        return transactions.read((c, events) -> work.run(c));
    }
}
