package vn.onedoor.drivers.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TicketFontsTest {

    /** Every vowel of the Vietnamese alphabet with each of the six tones, both cases, and Đ/đ. */
    private static String vietnameseLetters() {
        StringBuilder letters = new StringBuilder("Đđ");
        for (String vowel : new String[] {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}) {
            for (String tone : new String[] {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}) {
                String lower = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                letters.append(lower).append(lower.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return letters.toString();
    }

    @Test
    void both_bundled_faces_have_a_glyph_for_every_vietnamese_letter() {
        String letters = vietnameseLetters();

        assertThat(letters.codePointCount(0, letters.length())).isEqualTo(2 + 12 * 6 * 2);
        assertThat(TicketFonts.regular(20).canDisplayUpTo(letters)).isEqualTo(-1);
        assertThat(TicketFonts.bold(20).canDisplayUpTo(letters)).isEqualTo(-1);
    }
}
