package vn.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.platform.db.JdbcTransactions;
import vn.onedoor.platform.db.WriteConnections;
import vn.onedoor.testing.DatabaseTest;

/**
 * The pool the queue's (and dossiers') changes run on, {@code platform.db.WriteConnections}; here
 * because the platform's own tests may not use the testing support, which uses the platform.
 * The pool: out of autocommit on the server, committed or rolled back whole, never nested.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteConnectionsIT implements DatabaseTest {

    @Inject WriteConnections writes;
    @Inject TransactionOperations<Connection> transactions;
    @Inject vn.onedoor.platform.events.AfterCommitDelivery delivery;

    @Test
    void a_transaction_runs_on_a_connection_the_server_keeps_out_of_autocommit_and_sees_its_own_writes()
            throws SQLException {
        long before = countFromOutside();
        for (int i = 0; i < 3; i++) {
            List<Long> seen = writes.inTransaction(c -> {
                List<Long> out = new ArrayList<>();
                out.add(single(c, "SELECT @@session.autocommit"));
                c.createStatement().executeUpdate("INSERT INTO queue_journal (center_id, type, at) "
                        + "VALUES (-7, 'WRITE_POOL_TEST', NOW(6))");
                out.add(single(c, "SELECT COUNT(*) FROM queue_journal WHERE center_id = -7"));
                return out;
            });
            assertThat(seen.get(0)).as("@@autocommit inside the transaction").isZero();
            assertThat(seen.get(1)).as("journal rows written so far, this one included").isEqualTo(before + i + 1);
        }
        assertThat(countFromOutside()).as("committed: another connection sees them").isEqualTo(before + 3);
    }

    @Test
    void work_that_throws_leaves_nothing_behind_and_its_exception_reaches_the_caller() throws SQLException {
        long before = countOf("WRITE_POOL_ROLLBACK");
        assertThatThrownBy(() -> writes.inTransaction(c -> {
            c.createStatement().executeUpdate("INSERT INTO queue_journal (center_id, type, at) "
                    + "VALUES (-8, 'WRITE_POOL_ROLLBACK', NOW(6))");
            throw new IllegalArgumentException("the officer's input was wrong");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("the officer's input was wrong");

        assertThat(countOf("WRITE_POOL_ROLLBACK")).isEqualTo(before);
        // the connection went back to the pool clean: the next transaction does not carry the insert
        long seenNext = writes.inTransaction(c -> single(c,
                "SELECT COUNT(*) FROM queue_journal WHERE type = 'WRITE_POOL_ROLLBACK'"));
        assertThat(seenNext).isEqualTo(before);
    }

    @Test
    void a_change_is_never_joined_to_a_transaction_already_open_on_the_thread() {
        assertThatThrownBy(() -> writes.inTransaction(outer -> writes.inTransaction(inner -> 1)))
                .isInstanceOf(IllegalStateException.class);

        JdbcTransactions<String> changes = new JdbcTransactions<>(transactions, writes, delivery, event -> { });
        assertThatThrownBy(() -> transactions.executeWrite(status -> changes.write((c, events) -> 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("own transaction");
        // outside any transaction the same change runs
        int outside = changes.write((c, events) -> 2);
        assertThat(outside).isEqualTo(2);
    }

    private long countFromOutside() {
        return countOf("WRITE_POOL_TEST");
    }

    private long countOf(String type) {
        return transactions.executeRead(status -> {
            try {
                return single(status.getConnection(), "SELECT COUNT(*) FROM queue_journal WHERE type = '" + type + "'");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
