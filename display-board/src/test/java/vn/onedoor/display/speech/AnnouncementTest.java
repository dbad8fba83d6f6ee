package vn.onedoor.display.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.onedoor.display.speech.VietnameseNumbers.Dialect;

class AnnouncementTest {

    private final Announcement announcement = new Announcement();

    @Test
    void a_call_invites_the_ticket_by_letter_and_number_to_the_counter() {
        assertThat(announcement.call("A1024", 3)).containsExactly("moi-cong-dan-co-so-thu-tu", "letter-a", "mot",
                "nghin", "khong", "tram", "hai", "muoi-2", "tu", "den-quay-so", "ba");
    }

    @Test
    void separators_and_leading_zeros_are_not_read_so_A_0024_is_read_as_24() {
        assertThat(announcement.call("A-0024", 12)).containsExactly("moi-cong-dan-co-so-thu-tu", "letter-a", "hai",
                "muoi-2", "tu", "den-quay-so", "muoi", "hai");
    }

    @Test
    void a_ticket_of_zeros_is_read_as_zero() {
        assertThat(announcement.call("B000", 1)).containsSubsequence("letter-b", "khong", "den-quay-so");
    }

    @Test
    void vietnamese_letters_and_lower_case_are_read_by_their_names() {
        assertThat(announcement.call("đ5", 21)).containsExactly("moi-cong-dan-co-so-thu-tu", "letter-dd", "nam",
                "den-quay-so", "hai", "muoi-2", "mot-2");
        assertThat(announcement.call("Ư 15", 5)).containsSubsequence("letter-uw", "muoi", "lam", "den-quay-so", "nam");
    }

    @Test
    void every_letter_of_a_prefix_and_every_run_of_digits_is_read() {
        assertThat(announcement.call("AB-12-C3", 1)).containsExactly("moi-cong-dan-co-so-thu-tu", "letter-a",
                "letter-b", "muoi", "hai", "letter-c", "ba", "den-quay-so", "mot");
    }

    @Test
    void a_number_too_long_to_be_a_number_is_read_digit_by_digit() {
        List<String> call = announcement.call("A0123456789012345", 1);

        assertThat(call.subList(2, call.size() - 2)).containsExactly("mot", "hai", "ba", "bon", "nam", "sau", "bay",
                "tam", "chin", "khong", "mot", "hai", "ba", "bon", "nam");
    }

    @Test
    void the_southern_dialect_is_spoken_when_chosen() {
        Announcement southern = new Announcement(new VietnameseNumbers(Dialect.SOUTHERN));

        assertThat(southern.call("A1001", 1)).containsSubsequence("letter-a", "mot", "ngan", "khong", "tram", "le", "mot")
                .doesNotContain("nghin", "linh");
    }

    @Test
    void a_ticket_with_nothing_to_read_or_an_unnamed_letter_is_refused() {
        assertThatThrownBy(() -> announcement.call(" - ", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing to read");
        assertThatThrownBy(() -> announcement.call("Ω1", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Ω");
        assertThatThrownBy(() -> announcement.call("A1", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_segment_of_a_call_is_in_the_vocabulary() {
        for (int n = 0; n < 3000; n++) {
            assertThat(Vocabulary.segments()).containsKeys(announcement.call("Đ" + n, n % 40).toArray(String[]::new));
        }
    }

    @Test
    void the_text_shown_comes_from_the_bundle_in_vietnamese_and_english() {
        assertThat(Announcement.displayText("A1024", 3, Locale.forLanguageTag("vi")))
                .isEqualTo("Mời công dân có số thứ tự A1024 đến quầy số 3");
        assertThat(Announcement.displayText("A1024", 3, Locale.ENGLISH))
                .isEqualTo("Ticket A1024, please go to counter 3");
    }
}
