package vn.onedoor.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierCodeTest {

    @Test
    void formats_agency_receipt_date_and_four_digit_sequence_as_the_circular_prescribes() {
        DossierCode code = new DossierCode("000.00.12.H42", LocalDate.of(2024, 11, 22), 1);

        assertThat(code.value()).isEqualTo("000.00.12.H42-241122-0001");
        assertThat(new DossierCode("000.00.03.H39", LocalDate.of(2026, 1, 5), 9999).value())
                .isEqualTo("000.00.03.H39-260105-9999");
    }

    @Test
    void parses_what_it_formats_and_forgives_spaces_and_lower_case() {
        DossierCode code = DossierCode.parse("  000.00.03.h39-241122-0042 ").orElseThrow();

        assertThat(code.agencyCode()).isEqualTo("000.00.03.H39");
        assertThat(code.receiptDate()).isEqualTo(LocalDate.of(2024, 11, 22));
        assertThat(code.sequence()).isEqualTo(42);
        assertThat(code.value()).isEqualTo("000.00.03.H39-241122-0042");
    }

    @Test
    void refuses_wrong_shapes_impossible_dates_and_sequence_zero() {
        assertThat(DossierCode.parse("000.00.03.H39-241122-001")).isEmpty();
        assertThat(DossierCode.parse("000.00.03.H39-240230-0001")).as("30 February").isEmpty();
        assertThat(DossierCode.parse("000.00.03.H39-241322-0001")).as("month 13").isEmpty();
        assertThat(DossierCode.parse("000.00.03.H39-241122-0000")).isEmpty();
        assertThat(DossierCode.parse("00.00.03.H39-241122-0001")).isEmpty();
        assertThat(DossierCode.parse("000.00.03.39-241122-0001")).isEmpty();
        assertThat(DossierCode.parse("000.00.03.H39-241122-0001x")).isEmpty();
        assertThat(DossierCode.parse("' OR 1=1 --")).isEmpty();
        assertThat(DossierCode.parse(null)).isEmpty();
        assertThat(DossierCode.parse("")).isEmpty();
    }

    @Test
    void finds_the_code_in_a_scanned_lookup_link() {
        assertThat(DossierCode.find("https://motcua.longan.gov.vn/hs/000.00.03.H39-241122-0007?lang=en"))
                .map(DossierCode::value).contains("000.00.03.H39-241122-0007");
        assertThat(DossierCode.find("000.00.03.H39-241122-0007\r\n")).isPresent();
        assertThat(DossierCode.find("https://example.vn/hs/")).isEmpty();
    }

    @Test
    void a_typed_code_in_lower_case_with_spaces_is_found_and_words_are_not() {
        assertThat(DossierCode.find("  000.00.12.h39-261123-0001 ")).map(DossierCode::value).contains("000.00.12.H39-261123-0001");
        assertThat(DossierCode.find("xin chào")).isEmpty();
        assertThat(DossierCode.find("000.00.12.H39-2611-0001")).isEmpty();
        assertThat(DossierCode.find(null)).isEmpty();
    }

    @Test
    void constructor_guards_the_parts() {
        assertThatThrownBy(() -> new DossierCode("H39", LocalDate.of(2024, 1, 1), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DossierCode("000.00.03.H39", LocalDate.of(2024, 1, 1), 10_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DossierCode("000.00.03.H39", LocalDate.of(1999, 12, 31), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
