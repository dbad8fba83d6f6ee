package vn.onedoor.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a citizen types or a USB scanner types from the receipt's QR becomes a dossier code, or nothing. */
class DossierCodeTest {

    @Test
    void a_typed_code_is_trimmed_and_put_in_capitals() {
        assertThat(SubmitRating.findCode("  000.00.12.h39-261123-0001 ")).hasValue("000.00.12.H39-261123-0001");
    }

    @Test
    void the_code_is_found_inside_the_lookup_link_of_the_receipt_qr() {
        assertThat(SubmitRating.findCode("https://dichvucong.example.vn/tra-cuu/000.00.12.H39-261123-0001?src=qr"))
                .hasValue("000.00.12.H39-261123-0001");
    }

    @Test
    void text_without_a_code_or_a_code_cut_short_gives_nothing() {
        assertThat(SubmitRating.findCode("xin chào")).isEmpty();
        assertThat(SubmitRating.findCode("000.00.12.H39-2611-0001")).isEmpty();
        assertThat(SubmitRating.findCode("")).isEmpty();
        assertThat(SubmitRating.findCode(null)).isEmpty();
    }
}
