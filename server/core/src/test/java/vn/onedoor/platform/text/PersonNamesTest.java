package vn.onedoor.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Names in the scripts people have are accepted and printable; what is not part of a name is named back. */
class PersonNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Văn An", "Đặng Thị Ánh", "Jean-Pierre O'Brien", "Nguyễn Thị B.", "Lê Văn Cường, đại diện Công ty TNHH 3B (Long An) & Cộng sự", "Иван Петров",
        "Γιώργος Παπαδόπουλος", "王小明", "陳大文", "김민준", "やまだ たろう", "ヤマダ タロウ", "สมชาย ใจดี",
        "ສົມສັກ ພົມມະວົງ", "សុខ សុភា", "Trần Thị Ngọc Hân"})
    void a_name_in_a_script_people_have_is_accepted(String name) {
        assertThat(PersonNames.unusable(name)).isEmpty();
        assertThat(PersonNames.unusable(Normalizer.normalize(name, Normalizer.Form.NFD))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Nguyễn Văn An 😀|😀", "An ★ Bình|★", "An # Bình|#", "A\u0007n|U+0007",
        "A\u200Bn|U+200B", "Ahmad محمد|م ح د", "דוד כהן|ד ו כ ה ן", "An\tBình|U+0009", "An 👨‍👩‍👧|👨 U+200D 👩 👧"})
    void what_is_not_part_of_a_name_is_refused_and_named(String name, String shown) {
        assertThat(PersonNames.unusable(name)).isEqualTo(shown);
    }

    @Test
    void a_printed_text_may_hold_any_printable_character_and_line_breaks_but_no_emoji_or_controls() {
        assertThat(PersonNames.unprintable("Số 12, đường 3/2 — Phường 2\nTP. Tân An (tỉnh Long An) #5 & 10%")).isEmpty();
        assertThat(PersonNames.unprintable("Số 12 🏠 đường\u0000 3/2")).isEqualTo("🏠 U+0000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Nguyễn Văn An|N***** V** A*", "Đặng  Thị Ánh|Đ*** T** Á**", "王小明|王**",
        "김민준|김**", "Jean-Pierre|J**********", "😀 An|* A*", "สมชาย ใจดี|ส**** ใ**"})
    void the_public_mask_shows_each_words_first_letter_whatever_the_script(String name, String masked) {
        assertThat(PersonNames.masked(name)).isEqualTo(masked);
        assertThat(PersonNames.masked(Normalizer.normalize(name, Normalizer.Form.NFD))).isEqualTo(masked);
    }
}
