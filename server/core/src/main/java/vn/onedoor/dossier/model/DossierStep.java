package vn.onedoor.dossier.model;

import java.time.LocalDate;

/**
 * One reported step: the type, and what that type needs — the agency for {@code PROCESSING}, a
 * reason for a refusal, a supplement request or an apology, the new date of an apology.
 */
public record DossierStep(EventType type, Long agencyId, String reason, LocalDate newAppointmentDate) {

    public static DossierStep of(EventType type) {
        return new DossierStep(type, null, null, null);
    }
}
