package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import vn.onedoor.calendar.WorkingCalendars;
import vn.onedoor.calendar.model.Appointment;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.Center;
import vn.onedoor.dossier.internal.CatalogFacts;
import vn.onedoor.dossier.internal.DossierSql;
import vn.onedoor.dossier.internal.DossierTx;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.Dossier;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.platform.db.ConstraintViolated;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.EntryTime;
import vn.onedoor.dossier.model.EventType;

/**
 * A dossier that already has its code, received by an integrated one-stop system or listed in a
 * CSV file. The code is the idempotency key: pushing it again changes nothing. A code of one of
 * our agencies takes its number out of that agency's daily sequence, so ours never collide with it.
 */
@Singleton
public class ImportDossier {

    private final DossierTx tx;
    private final CatalogFacts facts;
    private final WorkingCalendars calendars;
    private final Clock clock;

    ImportDossier(DossierTx tx, CatalogFacts facts, WorkingCalendars calendars, Clock clock) {
        this.tx = tx;
        this.facts = facts;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * The procedure by id or by its catalog code; {@code appointmentDate} null means computed by
     * our calendar.
     */
    public record Request(long centerId, String code, Long procedureId, String procedureCode, Applicant applicant,
            Channel channel, Instant receivedAt, LocalDate appointmentDate, Actor actor) {}

    public record Imported(String code, LocalDate receivedDate, LocalDate appointmentDate, boolean replayed) {}

    public Imported importDossier(Request r) {
        DossierCode code = DossierCode.parse(r.code()).orElseThrow(() -> Rejection.invalid("MALFORMED_DOSSIER_CODE",
                "Not a dossier code: " + r.code()));
        Center center = facts.center(r.centerId());
        Procedure procedure = r.procedureId() != null ? facts.procedure(r.procedureId())
                : facts.procedureByCode(r.procedureCode() == null ? "" : r.procedureCode().strip())
                        .orElseThrow(() -> Rejection.notFound("PROCEDURE_NOT_FOUND",
                                "No procedure " + r.procedureCode()));
        Applicant applicant = (r.applicant() == null ? new Applicant(null, null, null, null, null) : r.applicant()).normalized();
        Channel channel = r.channel() == null ? Channel.DIRECT : r.channel();
        if (r.receivedAt() == null) {
            throw Rejection.invalid("RECEIVED_AT_REQUIRED", "receivedAt is required");
        }
        Instant now = clock.instant();
        EntryTime entry = EntryTime.of(r.receivedAt(), now);
        ZoneId zone = ZoneId.of(center.timeZone());
        Appointment computed = calendars.of(center.id()).appointment(LocalDateTime.ofInstant(entry.occurredAt(), zone),
                procedure.processingDays(), channel);
        LocalDate appointment = r.appointmentDate() == null ? computed.appointmentDate() : r.appointmentDate();
        if (appointment.isBefore(code.receiptDate())) {
            throw Rejection.invalid("INVALID_APPOINTMENT_DATE", "The appointment "
                    + appointment + " is before the receipt date " + code.receiptDate());
        }
        try {
            return write(center, procedure, applicant, channel, entry, appointment, code, r.actor(), now);
        } catch (ConstraintViolated e) {
            // the same code pushed twice at once: the second run finds the first one's dossier
            return write(center, procedure, applicant, channel, entry, appointment, code, r.actor(), now);
        }
    }

    private Imported write(Center center, Procedure procedure, Applicant applicant, Channel channel, EntryTime entry,
            LocalDate appointment, DossierCode code, Actor actor, Instant now) {
        return tx.write((c, events) -> {
            Optional<Dossier> existing = DossierSql.find(c, code.value(), false);
            if (existing.isPresent()) {
                Dossier d = existing.get();
                if (d.centerId() != center.id()) {
                    throw Rejection.conflict("DOSSIER_CODE_TAKEN", ""
                            + code + " belongs to another center");
                }
                return new Imported(d.code().value(), d.receivedDate(), d.appointmentDate(), true);
            }
            // the number is taken in the unit's sequence of that day, whoever made the code
            DossierSql.raiseSequence(c, code.agencyCode(), code.receiptDate(), code.sequence());
            // the code's date is the received date the other system decided
            Dossier d = new Dossier(null, code, center.id(), procedure.id(), procedure.agencyId(), procedure.fieldId(),
                    channel, applicant, entry.occurredAt(), code.receiptDate(), appointment, appointment,
                    DossierStatus.RECEIVED, procedure.agencyId(), null, null, entry.lateEntry());
            d = d.withId(DossierSql.insert(c, d, actor, null, now));
            DossierSql.insertEvent(c, new DossierSql.NewEvent(d.id(), EventType.RECEIVED, DossierStatus.RECEIVED,
                    procedure.agencyId(), null, null, entry.occurredAt(), now, entry.lateEntry(), actor, null));
            events.accept(new DossierStatusChanged(center.id(), code.value(), EventType.RECEIVED, DossierStatus.RECEIVED));
            return new Imported(code.value(), d.receivedDate(), d.appointmentDate(), false);
        });
    }
}
