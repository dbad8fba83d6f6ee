package vn.onedoor.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Catalog files as provinces export them, and as people get them wrong. */
class CatalogFileTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void headers_are_matched_without_case_diacritics_or_punctuation_and_a_title_row_is_skipped() {
        String csv = """
                DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ;;;;
                STT;MÃ TTHC;Tên thủ tục hành chính;Lĩnh vực thực hiện;Cơ quan thực hiện TTHC;Thời hạn giải quyết (ngày);Phí/Lệ phí;Mức độ DVCTT
                1;1.001193;Đăng ký khai sinh;Hộ tịch;"Ủy ban nhân dân cấp xã; Công an xã";Ngay trong ngày;Miễn lệ phí;Toàn trình
                2;2.000815;Chứng thực bản sao từ bản chính;Chứng thực;UBND cấp xã;01 ngày làm việc;2.000 đồng/trang;DVC một phần
                """;
        CatalogFile.Content c = CatalogFile.read("danh-muc.csv", utf8(csv));
        assertThat(c.faults()).isEmpty();
        assertThat(c.lines()).hasSize(2);
        CatalogFile.Line birth = c.lines().get(0);
        assertThat(birth.row()).isEqualTo(3);
        assertThat(birth.code()).isEqualTo("1.001193");
        assertThat(birth.agency()).as("the first of several agencies").isEqualTo("Ủy ban nhân dân cấp xã");
        assertThat(birth.processingDays()).isZero();
        assertThat(birth.feeVnd()).isZero();
        assertThat(birth.feeNote()).as("a plain 'free' needs no note").isNull();
        assertThat(birth.onlineLevel()).isEqualTo(4);
        CatalogFile.Line copy = c.lines().get(1);
        assertThat(copy.processingDays()).isEqualTo(1);
        assertThat(copy.feeVnd()).isEqualTo(2000);
        assertThat(copy.feeNote()).isEqualTo("2.000 đồng/trang");
        assertThat(copy.onlineLevel()).isEqualTo(3);
    }

    @Test
    void every_fault_is_named_by_row_and_column_and_duplicate_codes_name_the_first_row() {
        String csv = """
                Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện,Thời hạn giải quyết,Mức độ dịch vụ công
                1.000001,Thủ tục một,Hộ tịch,UBND cấp xã,mười lăm ngày,Toàn trình
                1.000002,,Hộ tịch,UBND cấp xã,15 ngày,Một phần
                1.000001,Thủ tục ba,Hộ tịch,UBND cấp xã,15,chín
                1.000004,Thủ tục bốn 😀,Hộ tịch,UBND cấp xã,15,4
                """;
        CatalogFile.Content c = CatalogFile.read("x.csv", utf8(csv));
        assertThat(c.importable()).isFalse();
        assertThat(c.faults()).extracting(f -> f.row() + " " + f.column() + " " + f.code()).containsExactly(
                "2 DAYS CATALOG_NOT_DAYS", "3 NAME CATALOG_REQUIRED", "4 CODE CATALOG_DUPLICATE_CODE",
                "4 ONLINE_LEVEL CATALOG_NOT_ONLINE_LEVEL", "5 NAME CATALOG_UNPRINTABLE");
        assertThat(c.faults().get(2).args()).containsExactly("1.000001", 2);
    }

    @Test
    void a_file_that_is_not_utf8_or_lacks_a_required_column_is_refused_whole() {
        String csv = "Mã thủ tục,Tên thủ tục,Lĩnh vực,Cơ quan thực hiện,Thời hạn giải quyết\n1.1,Đăng ký kết hôn,Hộ tịch,UBND,5\n";
        assertThatThrownBy(() -> CatalogFile.read("cp1258.csv", csv.getBytes(Charset.forName("windows-1258"))))
                .isInstanceOfSatisfying(CatalogFile.Unreadable.class, e -> assertThat(e.code()).isEqualTo("WRONG_ENCODING"));
        assertThatThrownBy(() -> CatalogFile.read("x.csv", utf8("Mã thủ tục,Tên thủ tục,Lĩnh vực,Thời hạn giải quyết\n1,a,b,2\n")))
                .isInstanceOfSatisfying(CatalogFile.Unreadable.class, e -> {
                    assertThat(e.code()).isEqualTo("MISSING_COLUMN");
                    assertThat(e.args()).containsExactly("catalog.column.AGENCY");
                });
        assertThatThrownBy(() -> CatalogFile.read("x.csv", utf8("a,b,c\n1,2,3\n")))
                .isInstanceOfSatisfying(CatalogFile.Unreadable.class, e -> assertThat(e.code()).isEqualTo("NO_HEADER"));
        // UTF-16 with its mark, as a spreadsheet's "Unicode text" saves it, is read
        byte[] utf16 = ("\ufeff" + csv.replace(',', '\t')).getBytes(StandardCharsets.UTF_16LE);
        assertThat(CatalogFile.read("x.txt", utf16).lines()).singleElement()
                .satisfies(l -> assertThat(l.name()).isEqualTo("Đăng ký kết hôn"));
    }

    @Test
    void an_xlsx_workbook_is_read_like_its_csv_and_the_template_reads_back_without_faults() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet();
            String[] head = {"Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cơ quan thực hiện", "Cấp thực hiện",
                "Thời hạn giải quyết", "Phí, lệ phí", "Thành phần hồ sơ", "Biểu mẫu"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("1.004227");
            r.createCell(1).setCellValue("Cấp giấy chứng nhận quyền sử dụng đất");
            r.createCell(2).setCellValue("Đất đai");
            r.createCell(3).setCellValue("Văn phòng đăng ký đất đai");
            r.createCell(4).setCellValue("Cấp Tỉnh, Cấp Xã");
            r.createCell(5).setCellValue(30);
            r.createCell(6).setCellValue("Theo Nghị quyết của HĐND tỉnh");
            r.createCell(7).setCellValue("- Đơn đăng ký\n- Giấy tờ về quyền sử dụng đất");
            r.createCell(8).setCellValue("Mẫu số 04a/ĐK\nto-khai-dang-ky.pdf");
            book.write(out);
            CatalogFile.Line line = CatalogFile.read("dat-dai.xlsx", out.toByteArray()).lines().get(0);
            assertThat(line.processingDays()).isEqualTo(30);
            assertThat(line.levels()).containsExactly("PROVINCE", "COMMUNE");
            assertThat(line.feeVnd()).isZero();
            assertThat(line.feeNote()).as("a fee in words is kept as it is").isEqualTo("Theo Nghị quyết của HĐND tỉnh");
            assertThat(line.documents()).containsExactly("Đơn đăng ký", "Giấy tờ về quyền sử dụng đất");
            assertThat(line.forms()).extracting(CatalogFile.FormEntry::code, CatalogFile.FormEntry::fileName)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Mẫu số 04a/ĐK", null),
                            org.assertj.core.groups.Tuple.tuple("M2", "to-khai-dang-ky.pdf"));
        }
        assertThat(CatalogFile.read("mau.xlsx", CatalogImport.template()).faults()).isEmpty();
        assertThat(CatalogFile.read("mau.csv", CatalogImport.templateCsv()).lines()).hasSize(2);
    }
}
