package vn.onedoor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void a_hash_verifies_its_own_password_and_no_other() {
        String stored = hasher.hash("Mật-khẩu đủ dài");

        assertThat(hasher.matches("Mật-khẩu đủ dài", stored)).isTrue();
        assertThat(hasher.matches("Mat-khau du dai", stored)).isFalse();
        assertThat(hasher.matches("", stored)).isFalse();
    }

    @Test
    void the_password_never_appears_in_the_stored_form_and_salts_differ() {
        String first = hasher.hash("demo-password");
        String second = hasher.hash("demo-password");

        assertThat(first).startsWith("pbkdf2-sha256$1000$").doesNotContain("demo-password");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_stored_value_of_another_scheme_never_matches() {
        assertThat(hasher.matches("demo", "demo")).isFalse();
        assertThat(hasher.matches("demo", "md5$1$abc$def")).isFalse();
    }
}
