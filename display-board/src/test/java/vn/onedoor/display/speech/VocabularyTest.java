package vn.onedoor.display.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void ids_are_ascii_file_names_and_distinct_words_get_distinct_ids() {
        assertThat(Vocabulary.segments().keySet()).allMatch(id -> id.matches("[a-z0-9-]+"));
        assertThat(Vocabulary.segmentOfWord("mười")).isNotEqualTo(Vocabulary.segmentOfWord("mươi"));
        assertThat(Vocabulary.segmentOfWord("một")).isNotEqualTo(Vocabulary.segmentOfWord("mốt"));
        assertThat(Vocabulary.segments().values()).doesNotHaveDuplicates();
    }

    @Test
    void letters_have_their_vietnamese_names() {
        assertThat(Vocabulary.segments().get(Vocabulary.segmentOfLetter('B'))).isEqualTo("bê");
        assertThat(Vocabulary.segments().get(Vocabulary.segmentOfLetter('c'))).isEqualTo("xê");
        assertThat(Vocabulary.segments().get(Vocabulary.segmentOfLetter('Đ'))).isEqualTo("đê");
        assertThat(Vocabulary.segments().get(Vocabulary.segmentOfLetter('S'))).isEqualTo("ét-xì");
        assertThat(Vocabulary.segments().get(Vocabulary.segmentOfLetter('Y'))).isEqualTo("i dài");
        for (char c = 'A'; c <= 'Z'; c++) {
            assertThat(Vocabulary.segmentOfLetter(c)).startsWith("letter-");
        }
    }

    @Test
    void an_unknown_word_is_named_in_the_error() {
        assertThatThrownBy(() -> Vocabulary.segmentOfWord("chục")).hasMessageContaining("chục");
    }
}
