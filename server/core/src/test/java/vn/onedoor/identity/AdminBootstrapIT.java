package vn.onedoor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.testing.DatabaseTest;

/** Runs on a database of its own: the rule is about a center with no account at all. */
@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBootstrapIT implements DatabaseTest {

    @Inject StaffAccounts accounts;
    @Inject AdminBootstrap bootstrap;

    @Test
    void without_demo_data_the_first_admin_needs_a_given_password_of_eight_characters() {
        assertThat(accounts.anyUser()).isFalse();
        assertThat(bootstrap.ensureAdmin(Optional.empty())).isEqualTo(AdminBootstrap.Outcome.PASSWORD_MISSING);
        assertThat(bootstrap.ensureAdmin(Optional.of("short"))).isEqualTo(AdminBootstrap.Outcome.PASSWORD_TOO_SHORT);
        assertThat(accounts.anyUser()).isFalse();

        assertThat(bootstrap.ensureAdmin(Optional.of("Quantri@2026"))).isEqualTo(AdminBootstrap.Outcome.ADMIN_CREATED);
        assertThat(accounts.authenticate("admin", "Quantri@2026"))
                .hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(Role.ADMIN));
        assertThat(bootstrap.ensureAdmin(Optional.of("another-password"))).isEqualTo(AdminBootstrap.Outcome.ACCOUNTS_EXIST);
        assertThat(accounts.users()).hasSize(1);
    }
}
