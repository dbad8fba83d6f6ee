package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.calendar.WorkingCalendars;
import vn.onedoor.calendar.model.Appointment;
import vn.onedoor.calendar.model.Channel;
import vn.onedoor.catalog.Agency;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.Center;
import vn.onedoor.dossier.internal.CatalogFacts;
import vn.onedoor.dossier.internal.DossierSql;
import vn.onedoor.dossier.internal.DossierTx;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.Dossier;
import vn.onedoor.dossier.model.DossierCode;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.dossier.model.DossierStatus;
import vn.onedoor.dossier.model.EntryTime;
import vn.onedoor.dossier.model.EventType;

/**
 * An officer receives a dossier: the national code from the agency's sequence of the received
 * date, the appointment date from the working calendar (003 Điều 9.1), the first line of history.
 * A receipt entered after an outage keeps its real time, takes the code of that day and is
 * marked as a late entry (004 Điều 8.2).
 */
@Singleton
public class ReceiveDossier {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiveDossier.class);

    private final DossierTx tx;
    private final CatalogFacts facts;
    private final WorkingCalendars calendars;
    private final Clock clock;

    ReceiveDossier(DossierTx tx, CatalogFacts facts, WorkingCalendars calendars, Clock clock) {
        this.tx = tx;
        this.facts = facts;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** {@code receivedAt} null means now; {@code ticketId} is the citizen's queue ticket, if any. */
    public record Request(long centerId, Long procedureId, Applicant applicant, Channel channel, Instant receivedAt,
            Long ticketId, Actor actor) {}

    public record Received(String code, LocalDate receivedDate, LocalDate appointmentDate, boolean lateEntry) {}

    /**
     * The dates a receipt made now would carry, for the officer to tell the applicant before
     * confirming; {@code channel} null means direct.
     */
    public Appointment promise(long centerId, long procedureId, Channel channel) {
        return appointment(facts.center(centerId), facts.procedure(procedureId), clock.instant(),
                channel == null ? Channel.DIRECT : channel);
    }

    public Received receive(Request r) {
        Center center = facts.center(r.centerId());
        Procedure procedure = facts.procedure(r.procedureId());
        Agency agency = facts.agency(procedure.agencyId());
        if (procedure.retiredAt() != null) {
            throw Rejection.conflict("PROCEDURE_RETIRED", "Procedure " + procedure.code() + " is retired",
                    procedure.code());
        }
        String unit = facts.receivingUnit(center, agency);
        Applicant applicant = (r.applicant() == null ? new Applicant(null, null, null, null, null) : r.applicant()).normalized();
        Channel channel = r.channel() == null ? Channel.DIRECT : r.channel();
        Instant now = clock.instant();
        EntryTime entry = EntryTime.of(r.receivedAt(), now);
        Appointment appointment = appointment(center, procedure, entry.occurredAt(), channel);
        Dossier dossier = tx.write((c, events) -> {
            int number = DossierSql.nextSequence(c, unit, appointment.receivedDate());
            if (number > DossierCode.MAX_SEQUENCE) {
                throw Rejection.conflict("DAILY_SEQUENCE_EXHAUSTED", ""
                        + unit + " has used all 9999 codes of " + appointment.receivedDate());
            }
            DossierCode code = new DossierCode(unit, appointment.receivedDate(), number);
            Dossier d = new Dossier(null, code, center.id(), procedure.id(), agency.id(), procedure.fieldId(), channel,
                    applicant, entry.occurredAt(), appointment.receivedDate(), appointment.appointmentDate(),
                    appointment.appointmentDate(), DossierStatus.RECEIVED, agency.id(), null, null, entry.lateEntry());
            d = d.withId(DossierSql.insert(c, d, r.actor(), r.ticketId(), now));
            DossierSql.insertEvent(c, new DossierSql.NewEvent(d.id(), EventType.RECEIVED, DossierStatus.RECEIVED,
                    agency.id(), null, null, entry.occurredAt(), now, entry.lateEntry(), r.actor(), null));
            events.accept(new DossierStatusChanged(center.id(), code.value(), EventType.RECEIVED, DossierStatus.RECEIVED));
            return d;
        });
        if (dossier.lateEntry()) {
            LOG.warn("Late entry: dossier {} received at {} entered at {} by {}", dossier.code(), entry.occurredAt(), now,
                    r.actor());
        }
        return new Received(dossier.code().value(), dossier.receivedDate(), dossier.appointmentDate(), dossier.lateEntry());
    }

    private Appointment appointment(Center center, Procedure procedure, Instant at, Channel channel) {
        return calendars.of(center.id()).appointment(LocalDateTime.ofInstant(at, ZoneId.of(center.timeZone())),
                procedure.processingDays(), channel);
    }
}
