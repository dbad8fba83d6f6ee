package vn.onedoor.dossier.model;

import vn.onedoor.platform.rules.Rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApplicantTest {

    @Test
    void a_public_screen_sees_initials_and_the_last_three_id_digits_only() {
        Applicant a = new Applicant("Nguyễn Văn An", "079123456789", "0901234567", "an@example.vn", "Tân An");

        assertThat(a.maskedName()).isEqualTo("N***** V** A*");
        assertThat(a.maskedIdNumber()).isEqualTo("*********789");
        assertThat(new Applicant("Đặng  Thị Ánh", "123456789", null, null, null).maskedName()).isEqualTo("Đ*** T** Á**");
        assertThat(new Applicant("Lê", "AB1234", null, null, null).maskedIdNumber()).isEqualTo("****34");
    }

    @Test
    void normalising_trims_upper_cases_the_id_and_refuses_what_cannot_be_right() {
        Applicant a = new Applicant("  Trần   Minh ", " c1234567 ", "090 123 4567", " ", null).normalized();
        assertThat(a.name()).isEqualTo("Trần Minh");
        assertThat(a.idNumber()).isEqualTo("C1234567");
        assertThat(a.phone()).isEqualTo("0901234567");
        assertThat(a.email()).isNull();

        assertThatThrownBy(() -> new Applicant(" ", "079123456789", null, null, null).normalized())
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("INVALID_APPLICANT_NAME"));
        assertThatThrownBy(() -> new Applicant("Nguyễn Văn An 😀", "079123456789", null, null, null).normalized())
                .isInstanceOfSatisfying(Rejection.class, e -> {
                    assertThat(e.code()).isEqualTo("APPLICANT_NAME_CHARACTERS");
                    assertThat(e.field()).isEqualTo("applicant.name");
                    assertThat(e.args()).containsExactly("😀");
                });
        assertThatThrownBy(() -> new Applicant("An", "079123456789", null, null, "Số 1 🏠").normalized())
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.field()).isEqualTo("applicant.address"));
        assertThatThrownBy(() -> new Applicant("An", "12-34", null, null, null).normalized())
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("INVALID_ID_NUMBER"));
        assertThatThrownBy(() -> new Applicant("An", "079123456789", "12", null, null).normalized())
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("INVALID_PHONE"));
        assertThatThrownBy(() -> new Applicant("An", "079123456789", null, "an-at-example", null).normalized())
                .isInstanceOfSatisfying(Rejection.class, e -> assertThat(e.code()).isEqualTo("INVALID_EMAIL"));
    }
}
