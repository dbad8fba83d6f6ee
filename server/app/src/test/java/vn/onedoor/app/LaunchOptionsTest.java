package vn.onedoor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void defaults_are_port_8080_data_dir_data_embedded_database_and_no_password() {
        LaunchOptions o = LaunchOptions.parse(new String[0], Map.of());

        assertThat(o.demo()).isFalse();
        assertThat(o.port()).isEqualTo(8080);
        assertThat(o.dataDir()).isEqualTo(Path.of("data"));
        assertThat(o.adminPassword()).isEmpty();
        assertThat(o.externalDatabaseUrl()).isEmpty();
    }

    @Test
    void environment_sets_port_data_dir_password_and_external_database() {
        LaunchOptions o = LaunchOptions.parse(new String[0], Map.of("ONEDOOR_PORT", "9090", "ONEDOOR_DATA_DIR", "/srv/onedoor",
                "ONEDOOR_ADMIN_PASSWORD", "Quantri@2026", "DATASOURCES_DEFAULT_URL", "jdbc:mariadb://db:3306/onedoor"));

        assertThat(o.port()).isEqualTo(9090);
        assertThat(o.dataDir()).isEqualTo(Path.of("/srv/onedoor"));
        assertThat(o.adminPassword()).contains("Quantri@2026");
        assertThat(o.externalDatabaseUrl()).contains("jdbc:mariadb://db:3306/onedoor");
    }

    @Test
    void arguments_win_over_the_environment() {
        LaunchOptions o = LaunchOptions.parse(new String[] {"--demo", "--port=8181"}, Map.of("ONEDOOR_PORT", "9090"));

        assertThat(o.demo()).isTrue();
        assertThat(o.port()).isEqualTo(8181);
    }

    @Test
    void bad_input_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--prot=1"}, Map.of())).hasMessageContaining("--prot");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--port=abc"}, Map.of())).hasMessageContaining("abc");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--port=70000"}, Map.of())).hasMessageContaining("70000");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"demo"}, Map.of())).hasMessageContaining("demo");
    }
}
