package vn.onedoor.drivers.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    @Test
    void the_first_start_names_the_server_and_the_pairing_code_and_data_stays_in_the_home_directory() {
        AgentOptions o = AgentOptions.parse(new String[] {"--server", "http://10.0.0.5:8080", "--pairing-code=K7QM-3XPA"},
                Path.of("/home/kiosk"));

        assertThat(o.server()).isEqualTo(URI.create("http://10.0.0.5:8080"));
        assertThat(o.pairingCode()).contains("K7QM-3XPA");
        assertThat(o.dataDir()).isEqualTo(Path.of("/home/kiosk/.onedoor-agent"));
        assertThat(o.simulatorDir()).isEqualTo(Path.of("/home/kiosk/.onedoor-agent/printed"));
    }

    @Test
    void later_starts_need_only_the_server() {
        AgentOptions o = AgentOptions.parse(new String[] {"--server=https://onedoor.longan.gov.vn", "--data-dir", "/var/lib/agent"},
                Path.of("/root"));
        assertThat(o.pairingCode()).isEmpty();
        assertThat(o.dataDir()).isEqualTo(Path.of("/var/lib/agent"));
    }

    @Test
    void a_missing_server_or_an_unknown_option_is_refused() {
        assertThatThrownBy(() -> AgentOptions.parse(new String[] {"--pairing-code", "X"}, Path.of("/")))
                .hasMessageContaining("--server");
        assertThatThrownBy(() -> AgentOptions.parse(new String[] {"--server", "http://h", "--port", "1"}, Path.of("/")))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> AgentOptions.parse(new String[] {"--server", "ftp://h"}, Path.of("/")))
                .hasMessageContaining("http");
    }
}
