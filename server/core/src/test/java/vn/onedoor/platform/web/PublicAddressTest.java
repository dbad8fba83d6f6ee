package vn.onedoor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void the_configured_address_wins_over_the_request_and_loses_its_trailing_slash() {
        PublicAddress configured = new PublicAddress("https://motcua.longan.gov.vn/");

        assertThat(configured.of("http", "10.0.0.5", 8080, "")).isEqualTo("https://motcua.longan.gov.vn");
        assertThat(configured.or("http://10.0.0.5:8080")).isEqualTo("https://motcua.longan.gov.vn");
    }

    @Test
    void without_one_the_address_the_request_came_to_is_used() {
        PublicAddress none = new PublicAddress("");

        assertThat(none.of("http", "192.168.1.20", 8080, "/onedoor")).isEqualTo("http://192.168.1.20:8080/onedoor");
        assertThat(none.or("http://192.168.1.20:8080/")).isEqualTo("http://192.168.1.20:8080");
    }
}
