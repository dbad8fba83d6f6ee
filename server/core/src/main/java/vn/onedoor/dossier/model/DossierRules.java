package vn.onedoor.dossier.model;

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

    private DossierRules() {}

    /** The dossier after {@code step} on {@code date} (the center's date of the step). */
    public static Dossier apply(Dossier d, DossierStep step, LocalDate date) {
        if (date.isBefore(d.receivedDate())) {
            throw new DossierRejection("INVALID_EVENT_DATE", "Ngày của bước xử lý trước ngày tiếp nhận / The step is dated "
                    + date + ", before the dossier was received on " + d.receivedDate());
        }
        return switch (step.type()) {
            case RECEIVED -> throw new DossierRejection("INVALID_EVENT_TYPE",
                    "Hồ sơ đã được tiếp nhận khi tạo / A dossier is received when it is created");
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
                    throw new DossierRejection("AGENCY_REQUIRED",
                            "Cần cơ quan xử lý / PROCESSING needs the agency that processes the dossier");
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
            case APOLOGY_ISSUED -> apology(d, step);
        };
    }

    private static Dossier apology(Dossier d, DossierStep step) {
        require(d, step, EnumSet.of(RECEIVED, SUPPLEMENT_REQUESTED, SUPPLEMENTED, PROCESSING));
        reason(step);
        if (step.newAppointmentDate() == null) {
            throw new DossierRejection("NEW_APPOINTMENT_DATE_REQUIRED",
                    "Phiếu xin lỗi cần ngày hẹn mới / An apology letter needs the new appointment date");
        }
        if (!step.newAppointmentDate().isAfter(d.promisedDate())) {
            throw new DossierRejection("INVALID_NEW_APPOINTMENT_DATE", "Ngày hẹn mới phải sau ngày hẹn "
                    + d.promisedDate() + " / The new date must be after the date now promised");
        }
        return d.with(d.status(), d.currentAgencyId(), null, null, step.newAppointmentDate());
    }

    private static void require(Dossier d, DossierStep step, Set<DossierStatus> allowed) {
        if (!allowed.contains(d.status())) {
            throw new DossierRejection("STEP_NOT_ALLOWED", "Không thể " + step.type() + " khi hồ sơ đang " + d.status()
                    + " / " + step.type() + " cannot follow " + d.status());
        }
    }

    private static void reason(DossierStep step) {
        if (step.reason() == null || step.reason().isBlank()) {
            throw new DossierRejection("REASON_REQUIRED", "Cần nêu lý do / " + step.type() + " needs a reason");
        }
    }
}
