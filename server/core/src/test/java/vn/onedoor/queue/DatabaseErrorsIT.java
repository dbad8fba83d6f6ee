package vn.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.center.Center;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.platform.db.ConstraintViolated;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.testing.DatabaseTest;

/**
 * What MariaDB refuses for the data itself comes out as a refusal that names what collided, never
 * as "the database is not answering": a duplicate key, a row still referred to, a reference to
 * nothing, a failed check, a value too long for its column. On a real MariaDB, in strict mode.
 */
@MicronautTest(startApplication = false, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseErrorsIT implements DatabaseTest {

    @Inject DemoCenter demo;
    @Inject QueueTransactions tx;

    private Center center;

    @BeforeAll
    void demoCenter() {
        center = demo.install();
    }

    private void run(String sql) {
        tx.write((c, events) -> c.createStatement().executeUpdate(sql));
    }

    @Test
    void a_duplicate_key_is_a_conflict_naming_the_key() {
        assertThatThrownBy(() -> run("INSERT INTO service_group (center_id, prefix, name) VALUES (" + center.id()
                + ", 'A', 'Trùng chữ cái')"))
                .isInstanceOfSatisfying(ConstraintViolated.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("DUPLICATE");
                    org.assertj.core.api.Assertions.assertThat(e.kind()).isEqualTo(Rejection.Kind.CONFLICT);
                    org.assertj.core.api.Assertions.assertThat(e.constraint()).isEqualTo("uq_group_prefix");
                });
    }

    @Test
    void a_reference_to_nothing_and_a_row_in_use_are_named_too() {
        assertThatThrownBy(() -> run("INSERT INTO service_group (center_id, prefix, name) VALUES (999999, 'Q', 'x')"))
                .isInstanceOfSatisfying(ConstraintViolated.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("REFERENCE_NOT_FOUND");
                    org.assertj.core.api.Assertions.assertThat(e.kind()).isEqualTo(Rejection.Kind.INVALID);
                    org.assertj.core.api.Assertions.assertThat(e.constraint()).startsWith("fk_");
                });
        assertThatThrownBy(() -> run("DELETE FROM center WHERE id = " + center.id()))
                .isInstanceOfSatisfying(ConstraintViolated.class, e ->
                        org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("IN_USE"));
    }

    @Test
    void a_failed_check_and_a_value_too_long_are_bad_input() {
        assertThatThrownBy(() -> run("INSERT INTO service_group (center_id, prefix, name) VALUES (" + center.id()
                + ", '1', 'x')"))
                .isInstanceOfSatisfying(ConstraintViolated.class, e ->
                        org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("CHECK_FAILED"));
        assertThatThrownBy(() -> run("UPDATE service_group SET name = '" + "x".repeat(5000) + "' WHERE center_id = "
                + center.id()))
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo("VALUE_TOO_LONG");
                    org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo("name");
                });
    }
}
