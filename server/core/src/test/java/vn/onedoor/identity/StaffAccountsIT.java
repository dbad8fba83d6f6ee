package vn.onedoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.testing.DatabaseTest;

@MicronautTest(startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffAccountsIT implements DatabaseTest {

    @Inject StaffAccounts accounts;

    @Test
    void a_token_issued_at_sign_in_resolves_to_its_user_and_a_made_up_one_does_not() {
        accounts.create("canbo.nguyen", "Nguyễn Văn Bình", "matkhau-1", Role.OFFICER, null);
        StaffPrincipal principal = accounts.authenticate("canbo.nguyen", "matkhau-1").orElseThrow();

        StaffAccounts.IssuedToken token = accounts.issueToken(principal);

        assertThat(accounts.resolveToken(token.token())).hasValueSatisfying(p -> {
            assertThat(p.username()).isEqualTo("canbo.nguyen");
            assertThat(p.fullName()).isEqualTo("Nguyễn Văn Bình");
        });
        assertThat(accounts.resolveToken(token.token() + "x")).isEmpty();
        assertThat(accounts.authenticate("canbo.nguyen", "matkhau-2")).isEmpty();
        assertThat(accounts.authenticate("khong.co", "matkhau-1")).isEmpty();
    }

    @Test
    void a_password_shorter_than_eight_characters_is_refused() {
        assertThatThrownBy(() -> accounts.create("ngan", "Mật Khẩu Ngắn", "1234567", Role.OFFICER, null))
                .hasMessageContaining("8");
        assertThat(accounts.authenticate("ngan", "1234567")).isEmpty();
    }

    @Test
    void usernames_are_unique() {
        accounts.create("trung.lap", "Trùng Lặp", "matkhau-1", Role.MANAGER, null);
        assertThatThrownBy(() -> accounts.create("trung.lap", "Khác", "matkhau-2", Role.OFFICER, null))
                .isInstanceOf(RuntimeException.class);
    }
}
