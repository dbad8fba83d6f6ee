package vn.onedoor.dossier.model;

import vn.onedoor.platform.rules.Rejection;
import static vn.onedoor.dossier.model.DossierStatus.PROCESSING;
import static vn.onedoor.dossier.model.DossierStatus.RECEIVED;
import static vn.onedoor.dossier.model.DossierStatus.REJECTED;
import static vn.onedoor.dossier.model.DossierStatus.RESULT_READY;
import static vn.onedoor.dossier.model.DossierStatus.SUPPLEMENTED;
import static vn.onedoor.dossier.model.DossierStatus.SUPPLEMENT_REQUESTED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which step may follow which (000 Điều 6–8; 002 Điều 7–9): received → checked (supplement
 * requested, or refused) → processed by one agency or several in turn → result ready → returned;
 * the applicant may withdraw while it is in progress; a dossier that will be late gets an
 * apology letter with a later date and keeps its status.
 */
public final class DossierRules {

    private static final Set<DossierStatus> WORKING = EnumSet.of(RECEIVED, SUPPLEMENTED, PROCESSING);

    /** How many days before the date now promised an apology letter may be issued at the earliest. */
    public static final int APOLOGY_DAYS_BEFORE = 3;

    private DossierRules() {}

    /** The dossier after {@code step} on {@code date} (the center's date of the step). */
    public static Dossier apply(Dossier d, DossierStep step, LocalDate date) {
        if (date.isBefore(d.receivedDate())) {
            throw Rejection.invalid("INVALID_EVENT_DATE", "The step is dated "
                    + date + ", before the dossier was received on " + d.receivedDate());
        }
        return switch (step.type()) {
            case RECEIVED -> throw Rejection.invalid("INVALID_EVENT_TYPE",
                    "A dossier is received when it is created");
            case SUPPLEMENT_REQUESTED -> {
                require(d, step, WORKING);
                reason(step);
                yield d.with(SUPPLEMENT_REQUESTED, d.currentAgencyId(), null, null, d.promisedDate());
            }
            case SUPPLEMENTED -> {
                require(d, step, EnumSet.of(SUPPLEMENT_REQUESTED));
                yield d.with(SUPPLEMENTED, d.currentAgencyId(), null, null, d.promisedDate());
            }
            case REJECTED -> {
                require(d, step, EnumSet.of(RECEIVED, SUPPLEMENT_REQUESTED, SUPPLEMENTED, PROCESSING));
                reason(step);
                yield d.with(REJECTED, d.currentAgencyId(), date, null, d.promisedDate());
            }
            case PROCESSING -> {
                require(d, step, WORKING);
                if (step.agencyId() == null) {
                    throw Rejection.invalid("AGENCY_REQUIRED",
                            "PROCESSING needs the agency that processes the dossier");
                }
                yield d.with(PROCESSING, step.agencyId(), null, null, d.promisedDate());
            }
            case RESULT_READY -> {
                require(d, step, WORKING);
                yield d.with(RESULT_READY, d.currentAgencyId(), date, null, d.promisedDate());
            }
            case RETURNED -> {
                require(d, step, EnumSet.of(RESULT_READY, REJECTED));
                yield d.with(DossierStatus.RETURNED, d.currentAgencyId(), d.resultDate(), null, d.promisedDate());
            }
            case WITHDRAWN -> {
                require(d, step, EnumSet.of(RECEIVED, SUPPLEMENT_REQUESTED, SUPPLEMENTED, PROCESSING));
                yield d.with(DossierStatus.WITHDRAWN, d.currentAgencyId(), null, date, d.promisedDate());
            }
            case APOLOGY_ISSUED -> apology(d, step, date);
        };
    }

    /**
     * An apology letter is for a dossier that is late or about to be: it may be issued from
     * {@value #APOLOGY_DAYS_BEFORE} days before the date now promised (when it is clear the result
     * will not be ready) and any day after it, not earlier.
     */
    private static Dossier apology(Dossier d, DossierStep step, LocalDate date) {
        require(d, step, EnumSet.of(RECEIVED, SUPPLEMENT_REQUESTED, SUPPLEMENTED, PROCESSING));
        if (date.isBefore(d.promisedDate().minusDays(APOLOGY_DAYS_BEFORE))) {
            throw Rejection.conflict("APOLOGY_TOO_EARLY", "An apology can be issued from " + APOLOGY_DAYS_BEFORE
                    + " days before the date now promised, " + d.promisedDate(), APOLOGY_DAYS_BEFORE,
                    d.promisedDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        reason(step);
        if (step.newAppointmentDate() == null) {
            throw Rejection.invalid("NEW_APPOINTMENT_DATE_REQUIRED",
                    "An apology letter needs the new appointment date");
        }
        if (!step.newAppointmentDate().isAfter(d.promisedDate())) {
            throw Rejection.invalid("INVALID_NEW_APPOINTMENT_DATE", "The new date must be after the date now promised, "
                    + d.promisedDate(), d.promisedDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        return d.with(d.status(), d.currentAgencyId(), null, null, step.newAppointmentDate());
    }

    private static void require(Dossier d, DossierStep step, Set<DossierStatus> allowed) {
        if (!allowed.contains(d.status())) {
            throw Rejection.conflict("STEP_NOT_ALLOWED", step.type() + " cannot follow " + d.status());
        }
    }

    private static void reason(DossierStep step) {
        if (step.reason() == null || step.reason().isBlank()) {
            throw Rejection.invalid("REASON_REQUIRED", "" + step.type() + " needs a reason");
        }
    }
}
