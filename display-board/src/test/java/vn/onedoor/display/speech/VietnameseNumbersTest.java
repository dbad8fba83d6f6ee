package vn.onedoor.display.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onedoor.display.speech.VietnameseNumbers.Dialect;

/**
 * Expected readings follow Unicode CLDR's Vietnamese spell-out rules ({@code common/rbnf/vi.xml}:
 * "mốt"/"tư" after "mươi", "lăm" after "mười"/"mươi", "lẻ" after a hundred, "không trăm" after a
 * thousand) and the reading of amounts on Vietnamese invoices for a skipped zero group.
 */
class VietnameseNumbersTest {

    private final VietnameseNumbers official = new VietnameseNumbers();
    private final VietnameseNumbers southern = new VietnameseNumbers(Dialect.SOUTHERN);

    @ParameterizedTest(name = "{0} is read \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            0       | không
            1       | một
            4       | bốn
            5       | năm
            10      | mười
            11      | mười một
            14      | mười bốn
            15      | mười lăm
            20      | hai mươi
            21      | hai mươi mốt
            24      | hai mươi tư
            25      | hai mươi lăm
            31      | ba mươi mốt
            34      | ba mươi tư
            44      | bốn mươi tư
            55      | năm mươi lăm
            90      | chín mươi
            99      | chín mươi chín
            100     | một trăm
            101     | một trăm linh một
            104     | một trăm linh bốn
            105     | một trăm linh năm
            110     | một trăm mười
            111     | một trăm mười một
            115     | một trăm mười lăm
            121     | một trăm hai mươi mốt
            405     | bốn trăm linh năm
            999     | chín trăm chín mươi chín
            1000    | một nghìn
            1001    | một nghìn không trăm linh một
            1010    | một nghìn không trăm mười
            1015    | một nghìn không trăm mười lăm
            1024    | một nghìn không trăm hai mươi tư
            1100    | một nghìn một trăm
            2005    | hai nghìn không trăm linh năm
            10000   | mười nghìn
            15000   | mười lăm nghìn
            21000   | hai mươi mốt nghìn
            100000  | một trăm nghìn
            105000  | một trăm linh năm nghìn
            1000000 | một triệu
            1000024 | một triệu không trăm hai mươi tư
            1005000 | một triệu không trăm linh năm nghìn
            1000000000   | một tỷ
            999999999    | chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín
            999999999999 | chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín
            """)
    void reads_the_official_form(long n, String expected) {
        assertThat(official.read(n)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is read \"{1}\" in the south")
    @CsvSource(delimiter = '|', textBlock = """
            101  | một trăm lẻ một
            1001 | một ngàn không trăm lẻ một
            2024 | hai ngàn không trăm hai mươi tư
            """)
    void reads_the_southern_form(long n, String expected) {
        assertThat(southern.read(n)).isEqualTo(expected);
    }

    @Test
    void dialect_choices_mix_freely() {
        VietnameseNumbers mixed = new VietnameseNumbers(new Dialect(VietnameseNumbers.ZeroTens.LE,
                VietnameseNumbers.Thousand.NGHIN));

        assertThat(mixed.read(3007)).isEqualTo("ba nghìn không trăm lẻ bảy");
    }

    @Test
    void refuses_numbers_out_of_range() {
        assertThatThrownBy(() -> official.read(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> official.read(VietnameseNumbers.MAX + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999999999999");
    }

    @Test
    void every_number_below_a_hundred_thousand_uses_known_words_and_parses_back() {
        for (long n = 0; n < 100_000; n++) {
            assertReadsBack(official, n);
            assertReadsBack(southern, n);
        }
    }

    @Test
    void sampled_large_numbers_use_known_words_and_parse_back() {
        Random random = new Random(4);
        for (int i = 0; i < 50_000; i++) {
            long n = Math.floorMod(random.nextLong(), VietnameseNumbers.MAX + 1);
            // a sparse number exercises the zero groups and "không trăm"
            long sparse = n / 1_000_000_000L * 1_000_000_000L + n % 1000;
            assertReadsBack(official, n);
            assertReadsBack(official, sparse);
        }
    }

    @Test
    void words_are_the_syllables_of_the_reading() {
        List<String> words = official.words(1024);

        assertThat(words).containsExactly("một", "nghìn", "không", "trăm", "hai", "mươi", "tư");
        assertThat(String.join(" ", words)).isEqualTo(official.read(1024));
    }

    private static final Set<String> VOCABULARY = Set.of("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy",
            "tám", "chín", "mười", "mươi", "mốt", "tư", "lăm", "linh", "lẻ", "trăm", "nghìn", "ngàn", "triệu", "tỷ");

    private static void assertReadsBack(VietnameseNumbers reader, long n) {
        String text = reader.read(n);
        List<String> words = List.of(text.split(" ", -1));
        if (!VOCABULARY.containsAll(words)) {
            throw new AssertionError(n + " read as \"" + text + "\" uses an unknown word");
        }
        long parsed = NumberParser.parse(words);
        if (parsed != n) {
            throw new AssertionError(n + " read as \"" + text + "\" parses back as " + parsed);
        }
    }
}
