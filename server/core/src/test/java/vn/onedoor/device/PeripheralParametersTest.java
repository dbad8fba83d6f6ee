package vn.onedoor.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onedoor.device.internal.SettingsText;

class PeripheralParametersTest {

    @Test
    void a_network_ticket_printer_needs_a_host_and_a_port_in_range() {
        assertThat(PeripheralParameters.problems(PeripheralKind.TICKET_PRINTER,
                Map.of("transport", "tcp", "host", "192.168.1.50", "port", "9100", "paper", "80"))).isEmpty();
        assertThat(PeripheralParameters.problems(PeripheralKind.TICKET_PRINTER, Map.of("transport", "tcp", "port", "0")))
                .containsExactlyInAnyOrder("host is required", "port must be between 1 and 65535");
    }

    @Test
    void a_print_queue_cannot_promise_status_and_paper_is_58_or_80() {
        assertThat(PeripheralParameters.problems(PeripheralKind.TICKET_PRINTER,
                Map.of("transport", "queue", "queue", "kiosk-raw", "status", "true", "paper", "76")))
                .containsExactlyInAnyOrder("paper must be 80 or 58", "a print queue has no back channel: status must be false");
    }

    @Test
    void a_document_printer_is_an_os_queue_or_simulated_files_with_a_plain_prefix() {
        assertThat(PeripheralParameters.problems(PeripheralKind.DOCUMENT_PRINTER, Map.of("transport", "queue", "queue", "A4-quay-3")))
                .isEmpty();
        assertThat(PeripheralParameters.problems(PeripheralKind.DOCUMENT_PRINTER, Map.of("transport", "simulated", "prefix", "counter-3")))
                .isEmpty();
        assertThat(PeripheralParameters.problems(PeripheralKind.DOCUMENT_PRINTER, Map.of("transport", "queue")))
                .containsExactly("queue is required");
        assertThat(PeripheralParameters.problems(PeripheralKind.DOCUMENT_PRINTER,
                Map.of("transport", "tcp", "host", "10.0.0.9", "port", "9100", "prefix", "../x")))
                .containsExactlyInAnyOrder("a document printer is an OS print queue (transport=queue) or simulated",
                        "prefix must be lower-case letters, digits and dashes, such as counter-3");
    }

    @Test
    void displays_need_an_address_and_keypads_a_key_map() {
        assertThat(PeripheralParameters.problems(PeripheralKind.LED_DISPLAY,
                Map.of("transport", "serial", "path", "/dev/ttyUSB0", "baud", "9600", "address", "100")))
                .containsExactly("address must be between 0 and 99");
        assertThat(PeripheralParameters.problems(PeripheralKind.RATING_KEYPAD,
                Map.of("transport", "serial", "path", "/dev/ttyUSB1", "baud", "9600", "keys", "1:4,2:3,3:2,4:1"))).isEmpty();
        assertThat(PeripheralParameters.problems(PeripheralKind.RATING_KEYPAD,
                Map.of("transport", "simulated", "keys", "1=4"))).containsExactly("keys must look like 1:4,2:3,3:2,4:1");
        assertThat(PeripheralParameters.problems(PeripheralKind.SCANNER, Map.of("transport", "usb")))
                .singleElement().asString().startsWith("transport must be one of");
    }

    @Test
    void parameters_are_stored_as_sorted_lines_and_read_back_the_same() {
        Map<String, String> p = Map.of("transport", "tcp", "host", "10.0.0.9", "port", "9100");
        String text = SettingsText.format(p);
        assertThat(text).isEqualTo("host=10.0.0.9\nport=9100\ntransport=tcp");
        assertThat(SettingsText.parse(text)).isEqualTo(p);
        assertThatThrownBy(() -> SettingsText.format(Map.of("path", "a\nb"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void typed_pairing_codes_lose_spaces_and_dashes_and_become_upper_case() {
        assertThat(Pairing.normalize(" k7qm-3xpa ")).isEqualTo("K7QM3XPA");
        assertThat(Pairing.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }
}
