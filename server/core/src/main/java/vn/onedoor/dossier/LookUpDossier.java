package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.onedoor.dossier.internal.DossierTx;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.Timeliness;

/**
 * The public lookup by code (kiosk, phone, web): one indexed read of the dossier with its field
 * and procedure names. Applicant data leave this class masked only (002 Điều 12.7).
 */
@Singleton
public class LookUpDossier {

    private static final String SQL = "SELECT d.code, d.applicant_name, d.applicant_id_number, f.name AS field_name, "
            + "p.name AS procedure_name, d.received_date, d.appointment_date, d.promised_date, d.status, d.result_date, "
            + "c.time_zone FROM dossier d JOIN admin_procedure p ON p.id = d.procedure_id JOIN field f ON f.id = d.field_id "
            + "JOIN center c ON c.id = d.center_id WHERE d.code = ?";

    private final DossierTx tx;
    private final Clock clock;

    LookUpDossier(DossierTx tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Reads the code as typed or scanned (the bare code or the lookup link). */
    public LookupResult lookUp(String input) {
        Optional<DossierCode> code = DossierCode.find(input);
        if (code.isEmpty()) {
            return new LookupResult.Malformed(input == null ? "" : input);
        }
        String value = code.get().value();
        return tx.read((c, events) -> {
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
                ps.setString(1, value);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new LookupResult.Found(view(rs)) : new LookupResult.NotFound(value);
                }
            }
        });
    }

    private PublicDossier view(ResultSet rs) throws java.sql.SQLException {
        Applicant applicant = new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"), null,
                null, null);
        LocalDate appointment = rs.getObject("appointment_date", LocalDate.class);
        LocalDate promised = rs.getObject("promised_date", LocalDate.class);
        LocalDate result = rs.getObject("result_date", LocalDate.class);
        DossierStatus status = DossierStatus.valueOf(rs.getString("status"));
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of(rs.getString("time_zone"))));
        boolean newDate = promised.isAfter(appointment);
        // after an apology the applicant is told the new date; overdue is judged against it
        Timeliness timeliness = Timeliness.of(newDate ? promised : appointment, result, today);
        return new PublicDossier(rs.getString("code"), applicant.maskedName(), applicant.maskedIdNumber(),
                rs.getString("field_name"), rs.getString("procedure_name"), rs.getObject("received_date", LocalDate.class),
                appointment, newDate ? promised : null, status, NextStep.of(status, timeliness, newDate), result);
    }
}
