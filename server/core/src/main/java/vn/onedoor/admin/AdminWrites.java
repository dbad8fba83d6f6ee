package vn.onedoor.admin;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.onedoor.audit.AuditLog;
import vn.onedoor.center.ConfigurationChanged;
import vn.onedoor.identity.Caller;
import vn.onedoor.platform.db.DatabaseErrors;
import vn.onedoor.platform.db.WriteConnections;

/**
 * One administrative change as one transaction with its audit lines: both commit or neither
 * does. After the commit, each center it touched is announced ({@link ConfigurationChanged}) on
 * the caller's thread, so the caches are fresh when the call returns.
 */
@Singleton
public class AdminWrites {

    private static final int ATTEMPTS = 3;

    private final WriteConnections writes;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ConfigurationChanged> publisher;
    private final TransactionOperations<Connection> reads;

    AdminWrites(WriteConnections writes, AuditLog audit, ApplicationEventPublisher<ConfigurationChanged> publisher,
            TransactionOperations<Connection> reads) {
        this.writes = writes;
        this.audit = audit;
        this.publisher = publisher;
        this.reads = reads;
    }

    @FunctionalInterface
    public interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    /** A read for administration's screens, in a read-only transaction. */
    public <T> T read(Read<T> work) {
        return reads.executeRead(status -> {
            try {
                return work.run(status.getConnection());
            } catch (SQLException e) {
                throw DatabaseErrors.translate(e);
            }
        });
    }

    /** What a change writes besides its rows: audit lines, and the centers whose screens must read again. */
    public final class Change {
        private final Connection connection;
        private final Caller caller;
        private final Set<Long> centers = new LinkedHashSet<>();

        private Change(Connection connection, Caller caller) {
            this.connection = connection;
            this.caller = caller;
        }

        public Connection connection() {
            return connection;
        }

        public Caller caller() {
            return caller;
        }

        /** One audit line; {@code centerId} also marks the center changed. */
        public void audit(@Nullable Long centerId, String action, String entity, @Nullable Object entityId,
                @Nullable String summary, @Nullable Object before, @Nullable Object after) throws SQLException {
            audit.write(connection, caller.actor(), centerId, action, entity, entityId, summary, before, after);
            if (centerId != null) {
                centers.add(centerId);
            }
        }
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Change change) throws SQLException;
    }

    public <T> T write(Caller caller, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                Set<Long> touched = new LinkedHashSet<>();
                T result = writes.inTransaction(c -> {
                    Change change = new Change(c, caller);
                    T r = work.run(change);
                    touched.addAll(change.centers);
                    return r;
                });
                touched.forEach(id -> publisher.publishEvent(new ConfigurationChanged(id)));
                return result;
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !(e instanceof SQLTransactionRollbackException)) {
                    throw DatabaseErrors.translate(e);
                }
            }
        }
    }
}
