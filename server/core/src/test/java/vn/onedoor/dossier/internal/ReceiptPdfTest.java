package vn.onedoor.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.dossier.DossierDetail;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.Dossier;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.dossier.model.DossierStatus;

/** The receipt as a citizen gets it: readable Vietnamese text, embedded fonts, a QR code that scans. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceiptPdfTest {

    static final String LINK = "https://motcua.longan.gov.vn/hs/000.00.03.H39-261120-0007";
    private byte[] pdf;

    static DossierDetail detail(boolean lateEntry) {
        return detail(lateEntry, "Nguyễn Thị Ánh Tuyết");
    }

    static DossierDetail detail(boolean lateEntry, String applicantName) {
        LocalDate received = LocalDate.of(2026, 11, 20);
        Dossier d = new Dossier(7L, new DossierCode("000.00.03.H39", received, 7), 1, 1, 1, 1, Channel.DIRECT,
                new Applicant(applicantName, "079185001234", "0901234567", "anhtuyet@example.vn",
                        "Số 12 đường Hùng Vương, Phường 2, thành phố Tân An, tỉnh Long An"),
                Instant.parse("2026-11-20T02:15:00Z"), received, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4),
                DossierStatus.RECEIVED, 1L, null, null, lateEntry);
        return new DossierDetail(d, "Trung tâm Phục vụ Hành chính công tỉnh Long An", "2.000488",
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
                "Lý lịch tư pháp", "Sở Tư pháp tỉnh Long An", 10,
                List.of("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp (Mẫu số 03/2013/TT-LLTP)",
                        "Bản chụp Căn cước công dân, Thẻ căn cước hoặc Hộ chiếu của người được cấp Phiếu lý lịch tư pháp"),
                List.of());
    }

    @BeforeAll
    void render() throws IOException {
        pdf = new ReceiptPdf(Locale.forLanguageTag("vi")).render(detail(true), ZoneId.of("Asia/Ho_Chi_Minh"), "Long An", LINK);
        Path out = Path.of("target", "receipt-sample.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf);
    }

    @Test
    void the_text_extracts_with_every_vietnamese_letter_intact() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);

            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Mã hồ sơ: 000.00.03.H39-261120-0007",
                    "Long An, ngày 20 tháng 11 năm 2026", "Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết",
                    "Cấp Phiếu lý lịch tư pháp", "10 ngày làm việc", "09 giờ 15 phút, ngày 20/11/2026",
                    "ngày 04/12/2026", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)",
                    "nhập vào hệ thống sau khi khắc phục sự cố");
        }
    }

    @Test
    void the_fonts_are_embedded_subsets() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+LiberationSerif.*");
            }
            assertThat(resources.getFontNames()).hasSize(3);
        }
        assertThat(pdf.length).as("subset fonts keep the receipt small").isLessThan(150_000);
    }

    @Test
    void the_qr_code_of_a_150_dpi_rendering_decodes_to_the_lookup_link() throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
        }
        javax.imageio.ImageIO.write(page, "png", Path.of("target", "receipt-sample.png").toFile());

        assertThat(decode(page)).isEqualTo(LINK);
    }

    static String decode(BufferedImage image) throws NotFoundException {
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE), DecodeHintType.TRY_HARDER, true))
                .getText();
    }

    /** A name in any script people have prints on the receipt and extracts as the same text. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"王小明", "김민준", "ສົມສັກ ພົມມະວົງ", "សុខ សុភា",
        "สมชาย ใจดี", "やまだ たろう", "Иван Петров", "Nguyễn Văn 陳大文 김민준"})
    void a_name_in_another_script_prints_and_extracts_as_itself(String name) throws IOException {
        byte[] receipt = new ReceiptPdf(Locale.forLanguageTag("vi")).render(detail(false, name),
                ZoneId.of("Asia/Ho_Chi_Minh"), "Long An", LINK);
        try (PDDocument doc = Loader.loadPDF(receipt)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Tiếp nhận hồ sơ của: " + name).doesNotContain("?");
        }
    }

    /** A character no bundled font has (an emoji of old data) prints as "?" instead of failing the paper. */
    @Test
    void a_character_no_font_has_prints_as_a_question_mark_and_the_receipt_still_renders() throws IOException {
        byte[] receipt = new ReceiptPdf(Locale.forLanguageTag("vi")).render(detail(false, "Nguyễn Văn An 😀"),
                ZoneId.of("Asia/Ho_Chi_Minh"), "Long An", LINK);
        try (PDDocument doc = Loader.loadPDF(receipt)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Tiếp nhận hồ sơ của: Nguyễn Văn An ?");
        }
    }

    /** A long name without spaces wraps inside the page instead of running off it. */
    @Test
    void a_long_name_without_spaces_wraps_within_the_page() throws IOException {
        String name = "王".repeat(80);
        byte[] receipt = new ReceiptPdf(Locale.forLanguageTag("vi")).render(detail(false, name),
                ZoneId.of("Asia/Ho_Chi_Minh"), "Long An", LINK);
        try (PDDocument doc = Loader.loadPDF(receipt)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains(name);
        }
    }
}
