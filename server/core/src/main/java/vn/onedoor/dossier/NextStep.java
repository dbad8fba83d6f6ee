package vn.onedoor.dossier;

import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.Timeliness;

/** What the applicant should do now, in plain words (bundle key {@code dossier.next.<NAME>}, date as {0}). */
public enum NextStep {
    /** Being processed: come back on the appointment date. */
    WAIT_FOR_APPOINTMENT,
    /** Past the appointment date without a result: an apology letter with a new date will follow. */
    OVERDUE,
    /** An apology letter set a new date: come back then. */
    WAIT_FOR_NEW_DATE,
    /** Papers are missing: bring them to the counter. */
    BRING_SUPPLEMENT,
    /** The result is ready: take a ticket for the return counter and bring the receipt. */
    COLLECT_RESULT,
    /** Refused: collect the dossier and the written answer at the counter. */
    COLLECT_REFUSAL,
    /** The result was handed over: nothing more to do (a rating is welcome). */
    DONE,
    /** Withdrawn at the applicant's request. */
    WITHDRAWN;

    public static NextStep of(DossierStatus status, Timeliness timeliness, boolean newDate) {
        return switch (status) {
            case SUPPLEMENT_REQUESTED -> BRING_SUPPLEMENT;
            case RESULT_READY -> COLLECT_RESULT;
            case REJECTED -> COLLECT_REFUSAL;
            case RETURNED -> DONE;
            case WITHDRAWN -> WITHDRAWN;
            case RECEIVED, SUPPLEMENTED, PROCESSING -> timeliness == Timeliness.OVERDUE ? OVERDUE
                    : newDate ? WAIT_FOR_NEW_DATE : WAIT_FOR_APPOINTMENT;
        };
    }
}
