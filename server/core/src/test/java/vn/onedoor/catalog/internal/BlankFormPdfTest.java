package vn.onedoor.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.catalog.ProcedureForm;

class BlankFormPdfTest {

    private static final ProcedureForm FORM = new ProcedureForm(1L, 7L, "Mẫu số 03/2013/TT-LLTP",
            "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (dùng cho cá nhân có yêu cầu cấp Phiếu lý lịch tư pháp)",
            "ly-lich-tu-phap-mau-03.pdf");
    private static final Procedure PROCEDURE = new Procedure(7L, "2.000488", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
            3L, 4L, 10, 200_000, null, null, 4, "Tờ khai\nBản chụp CCCD", null);

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void a_blank_form_has_the_national_heading_the_form_the_procedure_the_lines_to_fill_and_the_signature_block()
            throws IOException {
        byte[] pdf = new BlankFormPdf(Locale.forLanguageTag("vi")).render(FORM, PROCEDURE, "Sở Tư pháp tỉnh Long An");

        String text = text(pdf);
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Mẫu số 03/2013/TT-LLTP", FORM.name(), "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam (mã 2.000488)",
                "Kính gửi: Sở Tư pháp tỉnh Long An", "1. Họ và tên:", "2. Ngày, tháng, năm sinh:",
                "3. Số định danh cá nhân/CCCD:", "4. Nơi cư trú:", "5. Số điện thoại:", "6. Nội dung đề nghị:",
                "ngày …… tháng …… năm ……", "NGƯỜI LÀM ĐƠN", "(Ký, ghi rõ họ tên)");
        // a generic stand-in says so, and names the official form only as what it is not
        assertThat(text).contains("MẪU THAM KHẢO", "không phải mẫu chính thức (Mẫu số 03/2013/TT-LLTP)");
        assertThat(text.indexOf("Mẫu số 03/2013/TT-LLTP")).isGreaterThan(text.indexOf("MẪU THAM KHẢO"));
        assertThat(pdf.length).as("subset fonts, not whole TTFs").isLessThan(120_000);
    }

    @Test
    void the_fonts_are_embedded_so_any_printer_prints_the_vietnamese_letters() throws IOException {
        byte[] pdf = new BlankFormPdf(Locale.forLanguageTag("vi")).render(FORM, PROCEDURE, "Sở Tư pháp");

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(resources.getFontNames()).hasSize(3);
        }
    }

    @Test
    void an_english_kiosk_gets_the_labels_in_english_around_the_vietnamese_names() throws IOException {
        String text = text(new BlankFormPdf(Locale.ENGLISH).render(FORM, PROCEDURE, "Sở Tư pháp"));

        assertThat(text).contains("SOCIALIST REPUBLIC OF VIETNAM", "1. Full name:", "APPLICANT", FORM.name());
    }
}
