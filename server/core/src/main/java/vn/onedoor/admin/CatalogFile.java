package vn.onedoor.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.onedoor.platform.text.Folding;
import vn.onedoor.platform.text.PersonNames;

/**
 * A catalog file in the columns the national database of administrative procedures publishes, as
 * CSV (UTF-8, comma, semicolon or tab) or XLSX: read into rows, each value checked, every fault
 * named by its row and column. Headers are matched without regard to case, diacritics or
 * punctuation ("Mã thủ tục", "MA TTHC" and "code" are one column), and a title above the header
 * row is skipped. Nothing here touches the database.
 */
public final class CatalogFile {

    /** The most rows one file may hold. */
    public static final int MAX_ROWS = 20_000;

    /** The columns, with the headers each is known by (folded, without spaces and punctuation). */
    public enum Column {
        CODE(true, "matthc", "mathutuc", "mathutuchanhchinh", "masothutuc", "maso", "code", "procedurecode"),
        NAME(true, "tenthutuc", "tentthc", "tenthutuchanhchinh", "name", "procedurename"),
        FIELD(true, "linhvuc", "field"),
        AGENCY(true, "coquanthuchien", "coquan", "coquangiaiquyet", "agency"),
        AGENCY_CODE(false, "macoquan", "madonvi", "agencycode"),
        LEVEL(false, "capthuchien", "cap", "level", "levels"),
        DAYS(true, "thoihangiaiquyet", "thoigiangiaiquyet", "thoihan", "songay", "songaylamviec", "processingdays",
                "days"),
        FEE(false, "philephi", "lephi", "phi", "fee", "fees"),
        DOCUMENTS(false, "thanhphanhoso", "hosogom", "documents", "requireddocuments"),
        ONLINE_LEVEL(false, "mucdo", "mucdodvc", "mucdodichvucong", "dichvucongtructuyen", "dvctructuyen",
                "onlinelevel"),
        FORMS(false, "bieumau", "maudontokhai", "mautokhai", "forms", "formfiles");

        private final boolean required;
        private final Set<String> headers;

        Column(boolean required, String... headers) {
            this.required = required;
            this.headers = Set.of(headers);
        }

        public boolean required() {
            return required;
        }

        /** The bundle key of the column's label: {@code catalog.column.CODE}. */
        public String labelKey() {
            return "catalog.column." + name();
        }
    }

    /** A fault: the data row's number as the spreadsheet shows it (header row 1), the column, a code and values. */
    public record Fault(int row, Column column, String code, List<Object> args) {}

    /** A form named in a row: its code (the official form's number when given) and name. */
    @io.micronaut.serde.annotation.Serdeable
    public record FormEntry(String code, String name, String fileName) {}

    /** One procedure as the file gives it, its values checked. */
    @io.micronaut.serde.annotation.Serdeable
    public record Line(int row, String code, String name, String field, String agency, String agencyCode,
            Set<String> levels, int processingDays, long feeVnd, String feeNote, List<String> documents,
            int onlineLevel, List<FormEntry> forms) {}

    /** What a file holds: its lines, and its faults (none: it can be imported). */
    public record Content(List<Line> lines, List<Fault> faults, Set<Column> columns) {
        public boolean importable() {
            return faults.isEmpty() && !lines.isEmpty();
        }
    }

    /** A file that cannot be read at all: its encoding, its format, a missing column. */
    public static final class Unreadable extends RuntimeException {
        private final String code;
        private final transient List<Object> args;

        Unreadable(String code, String detail, Object... args) {
            super(detail);
            this.code = code;
            this.args = List.of(args);
        }

        public String code() {
            return code;
        }

        public List<Object> args() {
            return args;
        }
    }

    private CatalogFile() {}

    /** Reads a file by its name's extension (.xlsx, else CSV). */
    public static Content read(String fileName, byte[] bytes) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        List<List<String>> table = lower.endsWith(".xlsx") || lower.endsWith(".xls") || looksLikeZip(bytes)
                ? xlsx(bytes) : csv(bytes);
        return parse(table);
    }

    private static boolean looksLikeZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    static List<List<String>> csv(byte[] bytes) {
        String text = decode(bytes);
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        char delimiter = best(firstLine);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(new StringReader(text))) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : parser) {
                rows.add(r.toList());
                if (rows.size() > MAX_ROWS + 10) {
                    throw new Unreadable("TOO_MANY_ROWS", "More than " + MAX_ROWS + " rows", MAX_ROWS);
                }
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Unreadable("NOT_A_TABLE", "Not a CSV table: " + e.getMessage());
        }
    }

    /** UTF-8 (with or without its mark) or UTF-16 with its mark; anything else is refused, not guessed. */
    private static String decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new Unreadable("WRONG_ENCODING", "NUL characters: not UTF-8 text");
            }
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            throw new Unreadable("WRONG_ENCODING", "The file is not UTF-8 text (TCVN3, VNI or Windows-1258?)");
        }
    }

    private static char best(String line) {
        char best = ',';
        long most = -1;
        for (char c : new char[] {',', ';', '\t'}) {
            long n = line.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    static List<List<String>> xlsx(byte[] bytes) {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (rows.size() > MAX_ROWS + 10) {
                    throw new Unreadable("TOO_MANY_ROWS", "More than " + MAX_ROWS + " rows", MAX_ROWS);
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : Normalizer.normalize(format.formatCellValue(cell), Normalizer.Form.NFC)
                            .strip());
                }
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Unreadable u) {
                throw u;
            }
            throw new Unreadable("NOT_A_TABLE", "Not an XLSX workbook: " + e.getMessage());
        }
    }

    static String key(String header) {
        return Folding.fold(header).replaceAll("[^a-z0-9]", "");
    }

    static Content parse(List<List<String>> table) {
        // the header row: the first row naming at least three known columns
        int headerRow = -1;
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        for (int r = 0; r < Math.min(table.size(), 10) && headerRow < 0; r++) {
            Map<Column, Integer> found = new EnumMap<>(Column.class);
            List<String> row = table.get(r);
            Set<Integer> taken = new java.util.HashSet<>();
            for (int i = 0; i < row.size(); i++) {
                String k = key(row.get(i));
                for (Column c : Column.values()) {
                    if (c.headers.contains(k) && !found.containsKey(c)) {
                        found.put(c, i);
                        taken.add(i);
                    }
                }
            }
            // then a known name that begins a longer header: "Thời hạn giải quyết (ngày)", "Lĩnh vực thực hiện"
            for (int i = 0; i < row.size(); i++) {
                String k = key(row.get(i));
                if (taken.contains(i) || k.isEmpty()) {
                    continue;
                }
                for (Column c : Column.values()) {
                    if (!found.containsKey(c) && c.headers.stream().anyMatch(h -> h.length() >= 5 && k.startsWith(h))) {
                        found.put(c, i);
                        taken.add(i);
                        break;
                    }
                }
            }
            if (found.size() >= 3) {
                headerRow = r;
                at = found;
            }
        }
        if (headerRow < 0) {
            throw new Unreadable("NO_HEADER", "No header row naming the catalog's columns");
        }
        for (Column c : Column.values()) {
            if (c.required && !at.containsKey(c)) {
                throw new Unreadable("MISSING_COLUMN", "Column " + c + " is missing", c.labelKey());
            }
        }
        List<Line> lines = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = headerRow + 1; r < table.size(); r++) {
            List<String> row = table.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int number = r + 1;
            Values v = new Values(row, at, number, faults);
            String code = v.text(Column.CODE, 32, true);
            if (code != null && !code.matches("[0-9A-Za-z][0-9A-Za-z._/-]*")) {
                v.fault(Column.CODE, "CATALOG_BAD_CODE", code);
                code = null;
            }
            if (code != null) {
                Integer first = seen.putIfAbsent(code.toUpperCase(Locale.ROOT), number);
                if (first != null) {
                    v.fault(Column.CODE, "CATALOG_DUPLICATE_CODE", code, first);
                }
            }
            String name = v.text(Column.NAME, 500, true);
            String field = v.text(Column.FIELD, 255, true);
            String agency = v.firstOf(Column.AGENCY, 255);
            String agencyCode = v.text(Column.AGENCY_CODE, 32, false);
            if (agencyCode != null && !vn.onedoor.dossier.model.DossierCode.isAgencyCode(agencyCode.toUpperCase(Locale.ROOT))) {
                v.fault(Column.AGENCY_CODE, "CATALOG_BAD_AGENCY_CODE", agencyCode);
            }
            Set<String> levels = levels(v.text(Column.LEVEL, 200, false));
            Integer days = days(v, v.text(Column.DAYS, 500, true));
            String feeText = v.text(Column.FEE, 500, false);
            Long fee = fee(v, feeText);
            String docs = v.raw(Column.DOCUMENTS);
            Integer online = online(v, v.text(Column.ONLINE_LEVEL, 100, false));
            List<FormEntry> forms = forms(v.raw(Column.FORMS));
            if (v.faultsOfRow == 0) {
                lines.add(new Line(number, code, name, field, agency,
                        agencyCode == null ? null : agencyCode.toUpperCase(Locale.ROOT), levels, days, fee,
                        feeText != null && !Folding.fold(feeText).matches("(khong|mien phi|mien le phi|0)\\.?")
                                && !feeText.matches("[0-9.,\\s]*(đồng|dong|vnd|VNĐ|đ)?") ? feeText : null,
                        documents(docs), online, forms));
            }
        }
        if (lines.isEmpty() && faults.isEmpty()) {
            throw new Unreadable("NO_ROWS", "The file has a header and no procedure");
        }
        return new Content(lines, faults, at.keySet());
    }

    /** A row's values, each read once, its faults counted. */
    private static final class Values {
        private final List<String> row;
        private final Map<Column, Integer> at;
        private final int number;
        private final List<Fault> faults;
        private int faultsOfRow;

        Values(List<String> row, Map<Column, Integer> at, int number, List<Fault> faults) {
            this.row = row;
            this.at = at;
            this.number = number;
            this.faults = faults;
        }

        String raw(Column c) {
            Integer i = at.get(c);
            return i == null || i >= row.size() ? "" : row.get(i).strip();
        }

        /** The first of several values ("Ủy ban nhân dân cấp xã; Công an cấp xã"), checked as one. */
        String firstOf(Column c, int max) {
            String all = raw(c);
            String first = all.split("\\R|;")[0].strip();
            return text(c, first.isEmpty() ? all : first, max, true);
        }

        String text(Column c, int max, boolean required) {
            return text(c, raw(c), max, required);
        }

        String text(Column c, String value, int max, boolean required) {
            String v = value.replaceAll("\\s+", " ").strip();
            if (v.isEmpty()) {
                if (required) {
                    fault(c, "CATALOG_REQUIRED");
                }
                return null;
            }
            if (v.codePointCount(0, v.length()) > max) {
                fault(c, "CATALOG_TOO_LONG", max);
                return null;
            }
            String bad = PersonNames.unprintable(v);
            if (!bad.isEmpty()) {
                fault(c, "CATALOG_UNPRINTABLE", bad);
                return null;
            }
            return v;
        }

        void fault(Column c, String code, Object... args) {
            faults.add(new Fault(number, c, code, List.of(args)));
            faultsOfRow++;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+|\\d+");

    /** "15 ngày làm việc", "05", "Trong ngày" (0); the first number is the count of working days. */
    private static Integer days(Values v, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(text);
        if (m.find()) {
            int n = Integer.parseInt(m.group().replaceAll("[.,]", ""));
            if (n > 365) {
                v.fault(Column.DAYS, "CATALOG_DAYS_RANGE", text);
                return null;
            }
            return n;
        }
        String f = Folding.fold(text);
        if (f.contains("trong ngay") || f.contains("ngay lam viec") && !f.matches(".*\\d.*")) {
            return 0;
        }
        v.fault(Column.DAYS, "CATALOG_NOT_DAYS", text);
        return null;
    }

    /** "Không", "Miễn phí" or blank: 0; "50.000 đồng": 50000; the first amount in a longer text. */
    private static Long fee(Values v, String text) {
        if (text == null) {
            return 0L;
        }
        String f = Folding.fold(text);
        if (f.startsWith("khong") || f.startsWith("mien") || f.equals("0")) {
            return 0L;
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) {
            // "Theo Nghị quyết của HĐND tỉnh": the amount is in the note, which the kiosk shows as it is
            return 0L;
        }
        return Long.parseLong(m.group().replaceAll("[.,]", ""));
    }

    /** 1–4, "Mức độ 4", "Toàn trình" (4), "Một phần" (3), "Thông tin" (2); blank: 2, published information. */
    private static Integer online(Values v, String text) {
        if (text == null) {
            return 2;
        }
        String f = Folding.fold(text);
        Matcher m = Pattern.compile("[1-4]").matcher(f);
        if (f.contains("toan trinh")) {
            return 4;
        }
        if (f.contains("mot phan")) {
            return 3;
        }
        if (m.find()) {
            return Integer.parseInt(m.group());
        }
        if (f.contains("thong tin")) {
            return 2;
        }
        v.fault(Column.ONLINE_LEVEL, "CATALOG_NOT_ONLINE_LEVEL", text);
        return null;
    }

    /** "Cấp Tỉnh, Cấp Xã" → PROVINCE, COMMUNE. */
    static Set<String> levels(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String f = Folding.fold(text);
        if (f.contains("tinh") || f.contains("province")) {
            out.add("PROVINCE");
        }
        if (f.contains("huyen") || f.contains("district")) {
            out.add("DISTRICT");
        }
        if (f.contains("xa") || f.contains("commune")) {
            out.add("COMMUNE");
        }
        return out;
    }

    /** One document a line (bullets and numbering taken off). */
    static List<String> documents(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.contains("\n") ? text.split("\\R") : text.split(";")) {
            String l = line.strip().replaceFirst("^([-–•+*]|\\d+[.)])\\s*", "").strip();
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    private static final Pattern FORM_NUMBER = Pattern.compile("(?iu)(mẫu\\s*(số)?\\s*[\\p{L}\\p{N}./\\-]+)");

    /** Forms separated by lines or semicolons; a file name (.pdf) is kept, a form number becomes the code. */
    static List<FormEntry> forms(String text) {
        List<FormEntry> out = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        int i = 0;
        for (String part : text.split("\\R|;")) {
            String p = part.strip().replaceFirst("^([-–•+*]|\\d+[.)])\\s*", "").strip();
            if (p.isEmpty()) {
                continue;
            }
            i++;
            String file = p.matches("(?i).*\\.(pdf|docx?|xlsx?)$") ? p.replaceAll(".*[\\\\/]", "") : null;
            Matcher m = FORM_NUMBER.matcher(p);
            String code = m.find() ? m.group(1).replaceAll("\\s+", " ") : "M" + i;
            if (code.length() > 64) {
                code = code.substring(0, 64);
            }
            if (!codes.add(code.toUpperCase(Locale.ROOT))) {
                code = code + "-" + i;
                codes.add(code.toUpperCase(Locale.ROOT));
            }
            String name = file != null ? file.replaceFirst("(?i)\\.(pdf|docx?|xlsx?)$", "").replace('-', ' ')
                    .replace('_', ' ') : p;
            out.add(new FormEntry(code, name.length() > 500 ? name.substring(0, 500) : name,
                    file != null ? file : null));
        }
        return out;
    }
}
