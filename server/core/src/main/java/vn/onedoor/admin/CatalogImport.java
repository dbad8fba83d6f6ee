package vn.onedoor.admin;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.onedoor.identity.Caller;
import vn.onedoor.platform.db.Jdbc;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.text.Folding;

/**
 * The catalog imported from a file of the national database's columns: previewed first (what
 * would be created, updated, left as it is, and every fault by row and column), then imported in
 * one transaction, so a file with a single fault changes nothing. A procedure is matched by its
 * code; with {@code retireMissing}, procedures the file no longer holds are retired when dossiers
 * or tickets refer to them and deleted otherwise. Fields and agencies are found by name (an
 * agency by its code when the file gives one) or created.
 */
@Singleton
public class CatalogImport {

    private final AdminWrites writes;
    private final Clock clock;

    CatalogImport(AdminWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    /** What an import did, or would do. */
    @Serdeable
    public record Report(int rows, int created, int updated, int unchanged, int retired, int deleted,
            int fieldsCreated, int agenciesCreated) {}

    /** A fault for people: row, column label key, message code and values. */
    @Serdeable
    public record Problem(int row, String column, String code, List<Object> args) {}

    /** The preview of a file: faults (none: importable) and what an import would do. */
    @Serdeable
    public record Preview(boolean importable, List<Problem> problems, Report report, List<CatalogFile.Line> sample) {}

    public Preview preview(Caller caller, String fileName, byte[] bytes, boolean retireMissing) {
        caller.requireInstallationAdmin();
        CatalogFile.Content content = read(fileName, bytes);
        Report report = writes.read(c -> plan(c, content, retireMissing).report());
        List<Problem> problems = content.faults().stream()
                .map(f -> new Problem(f.row(), f.column().labelKey(), f.code(), f.args())).toList();
        return new Preview(content.importable(), problems, report,
                content.lines().stream().limit(20).toList());
    }

    /** Imports the file whole, or refuses it whole with the first fault. */
    public Report apply(Caller caller, String fileName, byte[] bytes, boolean retireMissing) {
        caller.requireInstallationAdmin();
        CatalogFile.Content content = read(fileName, bytes);
        if (!content.faults().isEmpty()) {
            CatalogFile.Fault f = content.faults().get(0);
            throw Rejection.invalid("CATALOG_HAS_FAULTS", content.faults().size() + " faults, the first in row " + f.row(),
                    content.faults().size(), f.row());
        }
        return writes.write(caller, change -> {
            Plan plan = plan(change.connection(), content, retireMissing);
            write(change.connection(), plan, content);
            change.audit(null, "IMPORT", "catalog", fileName, plan.report().rows() + " rows", null,
                    Map.of("created", plan.report().created(), "updated", plan.report().updated(),
                            "unchanged", plan.report().unchanged(), "retired", plan.report().retired(),
                            "deleted", plan.report().deleted(), "fieldsCreated", plan.report().fieldsCreated(),
                            "agenciesCreated", plan.report().agenciesCreated()));
            return plan.report();
        });
    }

    private static CatalogFile.Content read(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw Rejection.invalid("CATALOG_EMPTY_FILE", "The file is empty");
        }
        try {
            return CatalogFile.read(fileName, bytes);
        } catch (CatalogFile.Unreadable e) {
            throw Rejection.invalid("CATALOG_" + e.code(), e.getMessage(), e.args().toArray());
        }
    }

    private record Existing(long id, String signature, boolean retired) {}

    private record Plan(Report report, Map<String, Existing> procedures, Map<String, Long> fields,
            Map<String, Long> agenciesByName, Map<String, Long> agenciesByCode, Set<String> missing) {}

    private Plan plan(Connection c, CatalogFile.Content content, boolean retireMissing) throws SQLException {
        Map<String, Existing> procedures = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.code, p.name, f.name, a.name, p.levels, "
                + "p.processing_days, p.fee_vnd, p.fee_note, p.required_documents, p.online_level, p.retired_at "
                + "FROM admin_procedure p JOIN field f ON f.id = p.field_id JOIN agency a ON a.id = p.agency_id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String signature = String.join("|", rs.getString(3), Folding.fold(rs.getString(4)),
                        Folding.fold(rs.getString(5)), String.valueOf(rs.getString(6)), String.valueOf(rs.getInt(7)),
                        String.valueOf(rs.getLong(8)), String.valueOf(rs.getString(9)), rs.getString(10),
                        String.valueOf(rs.getInt(11)));
                procedures.put(rs.getString(2).toUpperCase(Locale.ROOT), new Existing(rs.getLong(1), signature,
                        rs.getObject(12) != null));
            }
        }
        Map<String, Long> fields = names(c, "SELECT id, name FROM field");
        Map<String, Long> agenciesByName = names(c, "SELECT id, name FROM agency");
        Map<String, Long> agenciesByCode = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code FROM agency WHERE code IS NOT NULL");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                agenciesByCode.put(rs.getString(2).toUpperCase(Locale.ROOT), rs.getLong(1));
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> newFields = new HashSet<>();
        Set<String> newAgencies = new HashSet<>();
        Set<String> inFile = new HashSet<>();
        for (CatalogFile.Line l : content.lines()) {
            String key = l.code().toUpperCase(Locale.ROOT);
            inFile.add(key);
            if (!fields.containsKey(Folding.fold(l.field()))) {
                newFields.add(Folding.fold(l.field()));
            }
            boolean agencyKnown = l.agencyCode() != null ? agenciesByCode.containsKey(l.agencyCode())
                    : agenciesByName.containsKey(Folding.fold(l.agency()));
            if (!agencyKnown) {
                newAgencies.add(l.agencyCode() != null ? l.agencyCode() : Folding.fold(l.agency()));
            }
            Existing e = procedures.get(key);
            if (e == null) {
                created++;
            } else if (!e.retired() && e.signature().equals(signature(l))) {
                unchanged++;
            } else {
                updated++;
            }
        }
        Set<String> missing = new HashSet<>();
        int retired = 0;
        int deleted = 0;
        if (retireMissing) {
            for (Map.Entry<String, Existing> e : procedures.entrySet()) {
                if (!inFile.contains(e.getKey()) && !e.getValue().retired()) {
                    missing.add(e.getKey());
                    if (referenced(c, e.getValue().id())) {
                        retired++;
                    } else {
                        deleted++;
                    }
                }
            }
        }
        return new Plan(new Report(content.lines().size(), created, updated, unchanged, retired, deleted,
                newFields.size(), newAgencies.size()), procedures, fields, agenciesByName, agenciesByCode, missing);
    }

    private static String signature(CatalogFile.Line l) {
        return String.join("|", l.name(), Folding.fold(l.field()), Folding.fold(l.agency()),
                String.valueOf(levels(l)), String.valueOf(l.processingDays()), String.valueOf(l.feeVnd()),
                String.valueOf(l.feeNote()), String.join("\n", l.documents()), String.valueOf(l.onlineLevel()));
    }

    private static String levels(CatalogFile.Line l) {
        return l.levels().isEmpty() ? null : String.join(",", l.levels());
    }

    private static Map<String, Long> names(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.putIfAbsent(Folding.fold(rs.getString(2)), rs.getLong(1));
            }
        }
        return out;
    }

    private static boolean referenced(Connection c, long procedureId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM dossier WHERE procedure_id = ?) "
                + "OR EXISTS (SELECT 1 FROM ticket WHERE procedure_id = ?)")) {
            ps.setLong(1, procedureId);
            ps.setLong(2, procedureId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private void write(Connection c, Plan plan, CatalogFile.Content content) throws SQLException {
        Map<String, Long> fields = new HashMap<>(plan.fields());
        Map<String, Long> byName = new HashMap<>(plan.agenciesByName());
        Map<String, Long> byCode = new HashMap<>(plan.agenciesByCode());
        Set<String> fieldCodes = codes(c, "SELECT code FROM field");
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO admin_procedure (code, name, agency_id, field_id, "
                + "levels, processing_days, fee_vnd, fee_note, online_level, required_documents, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement update = c.prepareStatement("UPDATE admin_procedure SET name = ?, agency_id = ?, "
                        + "field_id = ?, levels = ?, processing_days = ?, fee_vnd = ?, fee_note = ?, online_level = ?, "
                        + "required_documents = ?, updated_at = ?, retired_at = NULL WHERE id = ?")) {
            for (CatalogFile.Line l : content.lines()) {
                long field = fields.computeIfAbsent(Folding.fold(l.field()), k -> insertField(c, l.field(), fieldCodes));
                long agency = agency(c, l, byName, byCode);
                Existing e = plan.procedures().get(l.code().toUpperCase(Locale.ROOT));
                long id;
                if (e == null) {
                    insert.setString(1, l.code());
                    insert.setString(2, l.name());
                    insert.setLong(3, agency);
                    insert.setLong(4, field);
                    insert.setString(5, levels(l));
                    insert.setInt(6, l.processingDays());
                    insert.setLong(7, l.feeVnd());
                    insert.setString(8, l.feeNote());
                    insert.setInt(9, l.onlineLevel());
                    insert.setString(10, String.join("\n", l.documents()));
                    Jdbc.setInstant(insert, 11, clock.instant());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                } else {
                    id = e.id();
                    if (e.retired() || !e.signature().equals(signature(l))) {
                        update.setString(1, l.name());
                        update.setLong(2, agency);
                        update.setLong(3, field);
                        update.setString(4, levels(l));
                        update.setInt(5, l.processingDays());
                        update.setLong(6, l.feeVnd());
                        update.setString(7, l.feeNote());
                        update.setInt(8, l.onlineLevel());
                        update.setString(9, String.join("\n", l.documents()));
                        Jdbc.setInstant(update, 10, clock.instant());
                        update.setLong(11, id);
                        update.executeUpdate();
                    }
                }
                forms(c, id, l.forms());
            }
        }
        for (String code : plan.missing()) {
            Existing e = plan.procedures().get(code);
            if (referenced(c, e.id())) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE admin_procedure SET retired_at = ? WHERE id = ?")) {
                    Jdbc.setInstant(ps, 1, clock.instant());
                    ps.setLong(2, e.id());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM admin_procedure WHERE id = ?")) {
                    ps.setLong(1, e.id());
                    ps.executeUpdate();
                }
            }
        }
    }

    /** The forms a row names: added or renamed by code; a listed file name is kept; uploaded files stay. */
    private static void forms(Connection c, long procedureId, List<CatalogFile.FormEntry> forms) throws SQLException {
        if (forms.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO procedure_form (procedure_id, code, name, file_name) "
                + "VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE name = VALUES(name), "
                + "file_name = CASE WHEN content IS NULL THEN VALUES(file_name) ELSE file_name END")) {
            for (CatalogFile.FormEntry f : forms) {
                ps.setLong(1, procedureId);
                ps.setString(2, f.code());
                ps.setString(3, f.name());
                ps.setString(4, f.fileName() == null ? "" : f.fileName());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Set<String> codes(Connection c, String sql) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1).toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** A field's code from its initials ("Hộ tịch" → HT), made unique with a number. */
    private static long insertField(Connection c, String name, Set<String> taken) {
        StringBuilder initials = new StringBuilder();
        for (String w : Folding.fold(name).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        String base = initials.length() == 0 ? "LV" : initials.substring(0, Math.min(initials.length(), 24));
        String code = base;
        for (int i = 2; taken.contains(code); i++) {
            code = base + i;
        }
        taken.add(code);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO field (code, name) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, code);
            ps.setString(2, name);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw vn.onedoor.platform.db.DatabaseErrors.translate(e);
        }
    }

    private static long agency(Connection c, CatalogFile.Line l, Map<String, Long> byName, Map<String, Long> byCode)
            throws SQLException {
        if (l.agencyCode() != null && byCode.containsKey(l.agencyCode())) {
            return byCode.get(l.agencyCode());
        }
        String folded = Folding.fold(l.agency());
        if (byName.containsKey(folded) && l.agencyCode() == null) {
            return byName.get(folded);
        }
        String level = l.levels().contains("COMMUNE") && l.levels().size() == 1 ? "COMMUNE"
                : l.levels().contains("PROVINCE") ? "PROVINCE" : l.levels().contains("DISTRICT") ? "DISTRICT"
                : folded.contains("xa") || folded.contains("phuong") ? "COMMUNE" : "PROVINCE";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO agency (code, name, level) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, l.agencyCode());
            ps.setString(2, l.agency());
            ps.setString(3, level);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                byName.putIfAbsent(folded, id);
                if (l.agencyCode() != null) {
                    byCode.put(l.agencyCode(), id);
                }
                return id;
            }
        }
    }

    /** The template to fill in: the columns' headers as the national database names them, and two example rows. */
    public static byte[] template() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Thủ tục");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            String[] headers = TEMPLATE_HEADERS;
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
                head.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, i == 1 || i == 8 ? 60 * 256 : 22 * 256);
            }
            String[][] examples = TEMPLATE_EXAMPLES;
            for (int r = 0; r < examples.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < examples[r].length; i++) {
                    row.createCell(i).setCellValue(examples[r][i]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same template as CSV (UTF-8 with its mark, so a spreadsheet reads the diacritics). */
    public static byte[] templateCsv() {
        StringBuilder sb = new StringBuilder("\ufeff");
        java.util.function.Function<String, String> q = s -> "\"" + s.replace("\"", "\"\"") + "\"";
        sb.append(String.join(",", java.util.Arrays.stream(TEMPLATE_HEADERS).map(q).toList())).append("\r\n");
        for (String[] row : TEMPLATE_EXAMPLES) {
            sb.append(String.join(",", java.util.Arrays.stream(row).map(q).toList())).append("\r\n");
        }
        return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static final String[] TEMPLATE_HEADERS = {"Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cơ quan thực hiện", "Mã cơ quan",
        "Cấp thực hiện", "Thời hạn giải quyết", "Phí, lệ phí", "Thành phần hồ sơ", "Mức độ dịch vụ công", "Biểu mẫu"};

    static final String[][] TEMPLATE_EXAMPLES = {
        {"1.001193", "Đăng ký khai sinh", "Hộ tịch", "Ủy ban nhân dân cấp xã", "", "Cấp Xã", "Trong ngày",
            "Miễn lệ phí", "Tờ khai đăng ký khai sinh theo mẫu\nGiấy chứng sinh hoặc giấy tờ thay thế",
            "Một phần", "Mẫu số 01/TT-BTP Tờ khai đăng ký khai sinh"},
        {"2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Ủy ban nhân dân cấp xã", "",
            "Cấp Xã", "01 ngày làm việc", "2.000 đồng/trang", "Bản chính giấy tờ, văn bản\nBản sao cần chứng thực",
            "Toàn trình", ""}
    };
}
