package vn.onedoor.dossier.internal;

import static vn.onedoor.platform.db.Jdbc.getInstant;
import static vn.onedoor.platform.db.Jdbc.getLong;
import static vn.onedoor.platform.db.Jdbc.setInstant;
import static vn.onedoor.platform.db.Jdbc.setLong;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.dossier.Actor;
import vn.onedoor.dossier.DossierEvent;
import vn.onedoor.dossier.Source;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.Dossier;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.EventType;

/** The dossier tables on plain JDBC: the daily sequence, dossiers and their events. */
public final class DossierSql {

    private static final String COLUMNS = "id, code, center_id, procedure_id, agency_id, field_id, channel, "
            + "applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address, received_at, "
            + "received_date, appointment_date, promised_date, status, current_agency_id, result_date, withdrawn_date, "
            + "late_entry";

    private DossierSql() {}

    /**
     * The next number of a receiving unit's day. The sequence row stays locked until the caller's
     * transaction ends, so two receipts never get the same number and a rolled-back receipt gives
     * its number back.
     */
    public static int nextSequence(Connection c, String unitCode, LocalDate date) throws SQLException {
        String sql = "INSERT INTO dossier_code_sequence (unit_code, receipt_date, last_number) VALUES (?, ?, LAST_INSERT_ID(1)) "
                + "ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, unitCode);
            ps.setObject(2, date);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT LAST_INSERT_ID()"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** A code made elsewhere (an integrated system, a paper register) takes its number out of our sequence. */
    public static void raiseSequence(Connection c, String unitCode, LocalDate date, int number) throws SQLException {
        String sql = "INSERT INTO dossier_code_sequence (unit_code, receipt_date, last_number) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number, VALUES(last_number))";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, unitCode);
            ps.setObject(2, date);
            ps.setInt(3, number);
            ps.executeUpdate();
        }
    }

    public static long insert(Connection c, Dossier d, Actor actor, Long ticketId, Instant recordedAt) throws SQLException {
        String sql = "INSERT INTO dossier (code, center_id, procedure_id, agency_id, field_id, channel, applicant_name, "
                + "applicant_id_number, applicant_phone, applicant_email, applicant_address, received_at, received_date, "
                + "appointment_date, promised_date, status, current_agency_id, result_date, withdrawn_date, late_entry, "
                + "source, ticket_id, received_by_user_id, integration_key_id, recorded_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = 0;
            ps.setString(++i, d.code().value());
            ps.setLong(++i, d.centerId());
            ps.setLong(++i, d.procedureId());
            ps.setLong(++i, d.agencyId());
            ps.setLong(++i, d.fieldId());
            ps.setString(++i, d.channel().name());
            Applicant a = d.applicant();
            ps.setString(++i, a.name());
            ps.setString(++i, a.idNumber());
            ps.setString(++i, a.phone());
            ps.setString(++i, a.email());
            ps.setString(++i, a.address());
            setInstant(ps, ++i, d.receivedAt());
            ps.setObject(++i, d.receivedDate());
            ps.setObject(++i, d.appointmentDate());
            ps.setObject(++i, d.promisedDate());
            ps.setString(++i, d.status().name());
            setLong(ps, ++i, d.currentAgencyId());
            ps.setObject(++i, d.resultDate());
            ps.setObject(++i, d.withdrawnDate());
            ps.setBoolean(++i, d.lateEntry());
            ps.setString(++i, actor.source().name());
            setLong(ps, ++i, ticketId);
            setLong(ps, ++i, actor.userId());
            setLong(ps, ++i, actor.integrationKeyId());
            setInstant(ps, ++i, recordedAt);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    public static Optional<Dossier> find(Connection c, String code, boolean forUpdate) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM dossier WHERE code = ?" + (forUpdate ? " FOR UPDATE" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(dossier(rs)) : Optional.empty();
            }
        }
    }

    /** Writes the state a step left: status, agency, dates. */
    public static void update(Connection c, Dossier d) throws SQLException {
        String sql = "UPDATE dossier SET status = ?, current_agency_id = ?, result_date = ?, withdrawn_date = ?, "
                + "promised_date = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, d.status().name());
            setLong(ps, 2, d.currentAgencyId());
            ps.setObject(3, d.resultDate());
            ps.setObject(4, d.withdrawnDate());
            ps.setObject(5, d.promisedDate());
            ps.setLong(6, d.id());
            ps.executeUpdate();
        }
    }

    /** A step to write: what, when it happened, when and by whom it was entered. */
    public record NewEvent(long dossierId, EventType type, DossierStatus statusAfter, Long agencyId, String reason,
            LocalDate newAppointmentDate, Instant occurredAt, Instant recordedAt, boolean lateEntry, Actor actor,
            String externalId) {}

    public static long insertEvent(Connection c, NewEvent e) throws SQLException {
        String sql = "INSERT INTO dossier_event (dossier_id, type, status_after, agency_id, reason, new_appointment_date, "
                + "occurred_at, recorded_at, late_entry, source, user_id, integration_key_id, external_id) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, e.dossierId());
            ps.setString(2, e.type().name());
            ps.setString(3, e.statusAfter().name());
            setLong(ps, 4, e.agencyId());
            ps.setString(5, e.reason());
            ps.setObject(6, e.newAppointmentDate());
            setInstant(ps, 7, e.occurredAt());
            setInstant(ps, 8, e.recordedAt());
            ps.setBoolean(9, e.lateEntry());
            ps.setString(10, e.actor().source().name());
            setLong(ps, 11, e.actor().userId());
            setLong(ps, 12, e.actor().integrationKeyId());
            ps.setString(13, e.externalId());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The history in the order it was entered. */
    public static List<DossierEvent> events(Connection c, long dossierId) throws SQLException {
        String sql = "SELECT id, type, status_after, agency_id, reason, new_appointment_date, occurred_at, recorded_at, "
                + "late_entry, source, user_id, external_id FROM dossier_event WHERE dossier_id = ? ORDER BY id";
        List<DossierEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new DossierEvent(rs.getLong("id"), EventType.valueOf(rs.getString("type")),
                            DossierStatus.valueOf(rs.getString("status_after")), getLong(rs, "agency_id"),
                            rs.getString("reason"), rs.getObject("new_appointment_date", LocalDate.class),
                            getInstant(rs, "occurred_at"), getInstant(rs, "recorded_at"), rs.getBoolean("late_entry"),
                            Source.valueOf(rs.getString("source")), getLong(rs, "user_id"), rs.getString("external_id")));
                }
            }
        }
        return out;
    }

    private static Dossier dossier(ResultSet rs) throws SQLException {
        return new Dossier(rs.getLong("id"), DossierCode.parse(rs.getString("code")).orElseThrow(),
                rs.getLong("center_id"), rs.getLong("procedure_id"), rs.getLong("agency_id"), rs.getLong("field_id"),
                Channel.valueOf(rs.getString("channel")),
                new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                        rs.getString("applicant_phone"), rs.getString("applicant_email"), rs.getString("applicant_address")),
                getInstant(rs, "received_at"), rs.getObject("received_date", LocalDate.class),
                rs.getObject("appointment_date", LocalDate.class), rs.getObject("promised_date", LocalDate.class),
                DossierStatus.valueOf(rs.getString("status")), getLong(rs, "current_agency_id"),
                rs.getObject("result_date", LocalDate.class), rs.getObject("withdrawn_date", LocalDate.class),
                rs.getBoolean("late_entry"));
    }
}
