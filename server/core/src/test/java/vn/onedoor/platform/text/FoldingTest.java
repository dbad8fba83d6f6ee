package vn.onedoor.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void vietnamese_folds_to_plain_lower_case_letters_so_typing_without_diacritics_finds_it() {
        assertThat(Folding.fold("  Đăng ký KẾT HÔN có yếu tố nước ngoài ")).isEqualTo("dang ky ket hon co yeu to nuoc ngoai");
        assertThat(Folding.fold("Đất đai – Môi trường")).contains("dat dai").doesNotContain("đ");
        assertThat(Folding.fold(null)).isEmpty();
    }
}
