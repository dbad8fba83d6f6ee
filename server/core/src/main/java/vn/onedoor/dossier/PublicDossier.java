package vn.onedoor.dossier;

import java.time.LocalDate;
import vn.onedoor.dossier.model.DossierStatus;

/**
 * The five things a lookup shows (003 Điều 15.2): code; applicant, masked for a public screen;
 * field and procedure; received and appointment dates (and the new date of an apology); status,
 * with what to do next.
 */
public record PublicDossier(String code, String applicantName, String applicantIdNumber, String fieldName,
        String procedureName, LocalDate receivedDate, LocalDate appointmentDate, LocalDate newAppointmentDate,
        DossierStatus status, NextStep nextStep, LocalDate resultDate) {

    /** The date the next step's words mention. */
    public LocalDate nextStepDate() {
        return switch (nextStep) {
            case WAIT_FOR_NEW_DATE -> newAppointmentDate;
            case COLLECT_RESULT, COLLECT_REFUSAL, DONE -> resultDate;
            default -> appointmentDate;
        };
    }
}
