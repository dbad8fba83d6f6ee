package vn.onedoor.drivers.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onedoor.drivers.rating.KeypadEvent.Rated;
import vn.onedoor.drivers.rating.KeypadEvent.Unrecognized;

class RatingKeypadTest {

    /** Key 1 is "rất hài lòng" at the left of the keypad, the top of a 4-point scale. */
    private static final Map<String, Integer> SCALE = Map.of("1", 4, "2", 3, "3", 2, "4", 1);

    @Test
    void single_byte_keys_map_through_the_configured_scale() {
        RatingKeypad keypad = new RatingKeypad(SCALE, RatingKeypad.Framing.SINGLE_BYTES);

        assertThat(keypad.feed(bytes("14"))).containsExactly(new Rated("1", 4), new Rated("4", 1));
    }

    @Test
    void line_keypads_are_framed_across_reads_and_crlf_makes_one_press() {
        RatingKeypad keypad = new RatingKeypad(Map.of("K1", 5, "K2", 4), RatingKeypad.Framing.LINES);

        assertThat(keypad.feed(bytes("K"))).isEmpty();
        assertThat(keypad.feed(bytes("1\r"))).containsExactly(new Rated("K1", 5));
        assertThat(keypad.feed(bytes("\nK2\n"))).containsExactly(new Rated("K2", 4));
    }

    @Test
    void an_unknown_key_is_reported_not_turned_into_a_rating() {
        RatingKeypad keypad = new RatingKeypad(SCALE, RatingKeypad.Framing.SINGLE_BYTES);

        assertThat(keypad.feed(bytes("9\r\n2"))).containsExactly(new Unrecognized("9"), new Rated("2", 3));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void the_wake_line_is_wake_the_seconds_and_crlf_in_ascii() {
        assertThat(RatingKeypad.wakeLine(60)).containsExactly(0x57, 0x41, 0x4B, 0x45, 0x20, 0x36, 0x30, 0x0D, 0x0A);
        assertThat(RatingKeypad.wakeLine(5)).containsExactly('W', 'A', 'K', 'E', ' ', '5', '\r', '\n');
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RatingKeypad.wakeLine(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
