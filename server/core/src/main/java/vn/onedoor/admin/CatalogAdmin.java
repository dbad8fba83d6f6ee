package vn.onedoor.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onedoor.identity.Caller;
import vn.onedoor.platform.db.Jdbc;
import vn.onedoor.platform.rules.Rejection;

/**
 * The catalog one procedure at a time: listed a page at a time with a search, edited, retired or
 * deleted (a procedure that dossiers or tickets refer to is retired, never deleted), and its form
 * files (PDF) uploaded for the kiosks to print. The catalog is the installation's: its
 * administrators change it.
 */
@Singleton
public class CatalogAdmin {

    /** The largest form file accepted. */
    public static final int MAX_FORM_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final AdminWrites writes;
    private final Clock clock;

    CatalogAdmin(AdminWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    /** A procedure as lists show it. */
    @Serdeable
    public record ProcedureRow(long id, String code, String name, long fieldId, String field, long agencyId,
            String agency, @Nullable String levels, int processingDays, long feeVnd, @Nullable String feeNote,
            int onlineLevel, String requiredDocuments, boolean retired, int forms) {}

    /** A form of a procedure, and whether its file was uploaded. */
    @Serdeable
    public record FormRow(long id, String code, String name, String fileName, boolean uploaded) {}

    public List<ProcedureRow> page(@Nullable String text, boolean withRetired, int offset, int limit) {
        Query q = query(text, withRetired);
        return writes.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.*, f.name AS field_name, a.name AS agency_name, "
                    + "(SELECT COUNT(*) FROM procedure_form pf WHERE pf.procedure_id = p.id) AS forms "
                    + "FROM admin_procedure p JOIN field f ON f.id = p.field_id JOIN agency a ON a.id = p.agency_id"
                    + q.where + " ORDER BY p.code LIMIT ? OFFSET ?")) {
                int i = q.bind(ps);
                ps.setInt(i++, Math.max(1, Math.min(limit, 500)));
                ps.setInt(i, Math.max(0, offset));
                List<ProcedureRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    public int count(@Nullable String text, boolean withRetired) {
        Query q = query(text, withRetired);
        return writes.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM admin_procedure p" + q.where)) {
                q.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    public ProcedureRow procedure(long id) {
        return writes.read(c -> read(c, id));
    }

    public ProcedureRow update(Caller caller, long id, ProcedureEdit edit) {
        caller.requireInstallationAdmin();
        ProcedureRow before = procedure(id);
        String code = Inputs.required("code", edit.code(), 32);
        String name = Inputs.required("name", edit.name(), 500);
        String note = Inputs.optional("feeNote", edit.feeNote(), 500);
        Inputs.range("processingDays", edit.processingDays(), 0, 365);
        Inputs.range("onlineLevel", edit.onlineLevel(), 1, 4);
        if (edit.feeVnd() < 0) {
            throw Rejection.invalidField("feeVnd", "OUT_OF_RANGE", "fee", "feeVnd", 0, Long.MAX_VALUE);
        }
        List<String> docs = edit.requiredDocuments() == null ? List.of() : edit.requiredDocuments().stream()
                .map(d -> Inputs.optional("requiredDocuments", d, 1000)).filter(d -> d != null).toList();
        return writes.write(caller, change -> {
            try (PreparedStatement ps = change.connection().prepareStatement("UPDATE admin_procedure SET code = ?, "
                    + "name = ?, field_id = ?, agency_id = ?, levels = ?, processing_days = ?, fee_vnd = ?, fee_note = ?, "
                    + "online_level = ?, required_documents = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, code);
                ps.setString(2, name);
                ps.setLong(3, edit.fieldId());
                ps.setLong(4, edit.agencyId());
                ps.setString(5, edit.levels());
                ps.setInt(6, edit.processingDays());
                ps.setLong(7, edit.feeVnd());
                ps.setString(8, note);
                ps.setInt(9, edit.onlineLevel());
                ps.setString(10, String.join("\n", docs));
                Jdbc.setInstant(ps, 11, clock.instant());
                ps.setLong(12, id);
                ps.executeUpdate();
            }
            ProcedureRow after = read(change.connection(), id);
            change.audit(null, "UPDATE", "procedure", id, after.code() + " " + after.name(), doc(before), doc(after));
            return after;
        });
    }

    /** Deletes a procedure nothing refers to; retires one that dossiers or tickets refer to. Returns whether it was deleted. */
    public boolean remove(Caller caller, long id) {
        caller.requireInstallationAdmin();
        ProcedureRow before = procedure(id);
        return writes.write(caller, change -> {
            Connection c = change.connection();
            boolean referenced;
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM dossier WHERE procedure_id = ?) "
                    + "OR EXISTS (SELECT 1 FROM ticket WHERE procedure_id = ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    referenced = rs.getBoolean(1);
                }
            }
            if (referenced) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE admin_procedure SET retired_at = ? WHERE id = ?")) {
                    Jdbc.setInstant(ps, 1, clock.instant());
                    ps.setLong(2, id);
                    ps.executeUpdate();
                }
                change.audit(null, "RETIRE", "procedure", id, before.code() + " " + before.name(), doc(before), null);
                return false;
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM admin_procedure WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            change.audit(null, "REMOVE", "procedure", id, before.code() + " " + before.name(), doc(before), null);
            return true;
        });
    }

    public void restore(Caller caller, long id) {
        caller.requireInstallationAdmin();
        ProcedureRow before = procedure(id);
        writes.write(caller, change -> {
            try (PreparedStatement ps = change.connection().prepareStatement(
                    "UPDATE admin_procedure SET retired_at = NULL WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            change.audit(null, "RESTORE", "procedure", id, before.code() + " " + before.name(), null, null);
            return null;
        });
    }

    public List<FormRow> forms(long procedureId) {
        return writes.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, code, name, file_name, content IS NOT NULL "
                    + "FROM procedure_form WHERE procedure_id = ? ORDER BY code")) {
                ps.setLong(1, procedureId);
                List<FormRow> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new FormRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getBoolean(5)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Uploads a procedure's form file (PDF, at most 10 MB): the form of that code is given the
     * file, or added with it. The kiosk prints this file from now on.
     */
    public FormRow uploadForm(Caller caller, long procedureId, String code, @Nullable String name, String fileName,
            byte[] pdf) {
        caller.requireInstallationAdmin();
        ProcedureRow p = procedure(procedureId);
        String formCode = Inputs.required("code", code, 64);
        String formName = Inputs.optional("name", name, 500);
        if (pdf == null || pdf.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(pdf, PDF_MAGIC.length), PDF_MAGIC)) {
            throw Rejection.invalidField("file", "FORM_NOT_PDF", "Not a PDF: " + fileName, fileName);
        }
        if (pdf.length > MAX_FORM_BYTES) {
            throw Rejection.invalidField("file", "FORM_TOO_LARGE", "Larger than 10 MB", MAX_FORM_BYTES / 1024 / 1024);
        }
        String file = fileName == null || fileName.isBlank() ? formCode + ".pdf" : fileName.replaceAll(".*[\\\\/]", "");
        return writes.write(caller, change -> {
            long id;
            try (PreparedStatement ps = change.connection().prepareStatement("INSERT INTO procedure_form (procedure_id, "
                    + "code, name, file_name, content, uploaded_at) VALUES (?,?,?,?,?,?) ON DUPLICATE KEY UPDATE "
                    + "id = LAST_INSERT_ID(id), name = COALESCE(?, name), file_name = VALUES(file_name), "
                    + "content = VALUES(content), uploaded_at = VALUES(uploaded_at)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, procedureId);
                ps.setString(2, formCode);
                ps.setString(3, formName == null ? formCode : formName);
                ps.setString(4, file);
                ps.setBytes(5, pdf);
                Jdbc.setInstant(ps, 6, clock.instant());
                ps.setString(7, formName);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            change.audit(null, "UPLOAD", "procedure_form", id, p.code() + " " + formCode + " (" + pdf.length
                    + " bytes)", null, Map.of("file", file, "bytes", pdf.length));
            return forms(procedureId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        });
    }

    private record Query(String where, List<Object> values) {
        int bind(PreparedStatement ps) throws SQLException {
            int i = 1;
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            return i;
        }
    }

    private static Query query(@Nullable String text, boolean withRetired) {
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (!withRetired) {
            parts.add("p.retired_at IS NULL");
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parts.add("(p.code LIKE ? OR p.name LIKE ?)");
            values.add(like);
            values.add(like);
        }
        return new Query(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), values);
    }

    private static ProcedureRow read(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT p.*, f.name AS field_name, a.name AS agency_name, "
                + "(SELECT COUNT(*) FROM procedure_form pf WHERE pf.procedure_id = p.id) AS forms "
                + "FROM admin_procedure p JOIN field f ON f.id = p.field_id JOIN agency a ON a.id = p.agency_id "
                + "WHERE p.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Rejection.notFound("PROCEDURE_NOT_FOUND", "No procedure " + id, id);
                }
                return row(rs);
            }
        }
    }

    private static ProcedureRow row(ResultSet rs) throws SQLException {
        return new ProcedureRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getLong("field_id"),
                rs.getString("field_name"), rs.getLong("agency_id"), rs.getString("agency_name"), rs.getString("levels"),
                rs.getInt("processing_days"), rs.getLong("fee_vnd"), rs.getString("fee_note"), rs.getInt("online_level"),
                rs.getString("required_documents"), rs.getObject("retired_at") != null, rs.getInt("forms"));
    }

    private static Map<String, Object> doc(ProcedureRow p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("name", p.name());
        m.put("field", p.field());
        m.put("agency", p.agency());
        m.put("levels", p.levels());
        m.put("processingDays", p.processingDays());
        m.put("feeVnd", p.feeVnd());
        m.put("onlineLevel", p.onlineLevel());
        return m;
    }
}
