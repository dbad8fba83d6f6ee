package vn.onedoor.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connections the busiest write transactions run on (a counter's call, complete and the like,
 * a kiosk's ticket): a pool of its own, to the same database as the default data source, whose
 * connections stay out of autocommit. A transaction on them is its statements and a COMMIT; on
 * the default pool Micronaut's transaction manager adds a {@code SET autocommit=0} before and a
 * {@code SET autocommit=1} after, two more round trips to MariaDB for every transaction. Its
 * statements are prepared on the server, once per connection.
 *
 * <p>A transaction here is never joined to another: one started while the thread is already in a
 * transaction (here or Micronaut's) is refused, so work cannot silently split into two commits.
 */
@Singleton
public class WriteConnections implements AutoCloseable {

    /** Work on a connection in a transaction; it is committed when the work returns. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final ThreadLocal<Boolean> IN_TRANSACTION = new ThreadLocal<>();

    private final HikariDataSource pool;
    private final TransactionOperations<Connection> micronaut;

    WriteConnections(@Named("default") DatasourceConfiguration defaults,
            @Value("${onedoor.db.write-pool-size:16}") int poolSize, TransactionOperations<Connection> micronaut) {
        this.micronaut = micronaut;
        HikariConfig config = new HikariConfig();
        defaults.copyStateTo(config);
        config.setJdbcUrl(defaults.getUrl());
        config.setUsername(defaults.getUsername());
        config.setPassword(defaults.getPassword());
        config.setDriverClassName(defaults.getDriverClassName());
        config.setPoolName("onedoor-writes");
        config.setAutoCommit(false);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        config.setRegisterMbeans(false);
        // The same few statements run thousands of times a day: prepared once per connection, MariaDB
        // does not parse them again, nor does the driver.
        config.addDataSourceProperty("useServerPrepStmts", "true");
        this.pool = new HikariDataSource(config);
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws (its
     * exception is rethrown; a failed rollback is added to it as suppressed).
     */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        if (Boolean.TRUE.equals(IN_TRANSACTION.get())) {
            throw new IllegalStateException("A write transaction cannot start inside another one on the same thread");
        }
        if (micronaut.findTransactionStatus().isPresent()) {
            throw new IllegalStateException("A change runs in its own transaction, not inside another one");
        }
        IN_TRANSACTION.set(Boolean.TRUE);
        try (Connection c = pool.getConnection()) {
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                }
                throw e;
            }
        } finally {
            IN_TRANSACTION.remove();
        }
    }

    @PreDestroy
    @Override
    public void close() {
        pool.close();
    }
}
