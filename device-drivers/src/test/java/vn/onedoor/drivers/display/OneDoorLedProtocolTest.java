package vn.onedoor.drivers.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OneDoorLedProtocolTest {

    private final OneDoorLedProtocol protocol = new OneDoorLedProtocol(20);

    @Test
    void show_is_stx_address_T_text_etx_and_the_xor_as_two_hex_digits() {
        assertThat(protocol.show(5, "A-1024 > 05")).containsExactly(
                0x02, '0', '5', 'T', 'A', '-', '1', '0', '2', '4', ' ', '>', ' ', '0', '5', 0x03, '0', '2');
    }

    @Test
    void clear_is_a_frame_with_no_text() {
        assertThat(protocol.clear(12)).containsExactly(0x02, '1', '2', 'C', 0x03, '4', '3');
    }

    @Test
    void vietnamese_is_folded_to_ascii_and_cut_to_the_display_width() {
        byte[] frame = new OneDoorLedProtocol(19).show(7, "Quầy số 7 - Đất đai (tầng 1)");

        assertThat(OneDoorLedProtocol.decode(frame)).isEqualTo(new OneDoorLedProtocol.Frame(7, 'T', "Quay so 7 - Dat dai"));
        assertThat(new String(frame, frame.length - 2, 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("77");
    }

    @Test
    void a_frame_with_a_flipped_bit_is_rejected() {
        byte[] frame = protocol.show(5, "A-1024");
        frame[4] ^= 0x01;

        assertThatThrownBy(() -> OneDoorLedProtocol.decode(frame)).hasMessageContaining("checksum");
    }

    @Test
    void characters_without_an_ascii_fold_become_question_marks() {
        assertThat(AsciiFold.fold("Số → 5 ✓")).isEqualTo("So ? 5 ?");
    }

    @Test
    void an_address_beyond_two_digits_is_refused() {
        assertThatThrownBy(() -> protocol.show(100, "x")).hasMessageContaining("100");
    }
}
