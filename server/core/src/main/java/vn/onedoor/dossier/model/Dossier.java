package vn.onedoor.dossier.model;

import java.time.Instant;
import java.time.LocalDate;
import vn.onedoor.calendar.model.Channel;

/**
 * A dossier (hồ sơ): one submission of one applicant for one procedure. {@code appointmentDate} is
 * the date first promised and the one on-time statistics use; {@code promisedDate} is the date
 * now promised, later than the first after an apology letter.
 */
public record Dossier(
        Long id,
        DossierCode code,
        long centerId,
        long procedureId,
        long agencyId,
        long fieldId,
        Channel channel,
        Applicant applicant,
        Instant receivedAt,
        LocalDate receivedDate,
        LocalDate appointmentDate,
        LocalDate promisedDate,
        DossierStatus status,
        Long currentAgencyId,
        LocalDate resultDate,
        LocalDate withdrawnDate,
        boolean lateEntry) {

    public Timeliness timeliness(LocalDate today) {
        if (status == DossierStatus.WITHDRAWN) {
            return Timeliness.IN_PROGRESS;
        }
        return Timeliness.of(appointmentDate, resultDate, today);
    }

    Dossier with(DossierStatus newStatus, Long agency, LocalDate result, LocalDate withdrawn, LocalDate promised) {
        return new Dossier(id, code, centerId, procedureId, agencyId, fieldId, channel, applicant, receivedAt,
                receivedDate, appointmentDate, promised, newStatus, agency, result, withdrawn, lateEntry);
    }

    public Dossier withId(long newId) {
        return new Dossier(newId, code, centerId, procedureId, agencyId, fieldId, channel, applicant, receivedAt,
                receivedDate, appointmentDate, promisedDate, status, currentAgencyId, resultDate, withdrawnDate, lateEntry);
    }
}
