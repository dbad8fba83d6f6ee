package vn.onedoor.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.onedoor.dossier.DossierDetail;
import vn.onedoor.dossier.DossierEvent;
import vn.onedoor.dossier.model.Applicant;
import vn.onedoor.dossier.model.Dossier;
import vn.onedoor.dossier.model.Timeliness;

/**
 * One dossier as the officer needs it at the counter: the applicant unmasked (staff are entitled
 * to it, 002 Điều 12.7), the procedure, the dates, where it stands and whether it is on time, and
 * every step of its history with reasons.
 */
final class DossierCard extends Div {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final Map<Long, String> staffNames;

    /** @param staffNames who recorded each step, by user id */
    DossierCard(DossierDetail detail, ZoneId zone, LocalDate today, Map<Long, String> staffNames) {
        this.staffNames = staffNames;
        addClassName("od-dossier");
        setId("od-dossier");
        Dossier d = detail.dossier();
        Applicant a = d.applicant();
        Span code = new Span(d.code().value());
        code.addClassName("od-dossier-code");
        Span status = new Span(getTranslation("dossier.status." + d.status().name()));
        status.addClassName("od-dossier-status");
        status.setId("od-dossier-status");
        Timeliness timeliness = d.timeliness(today);
        Span onTime = new Span(getTranslation("counter.dossier.timeliness." + timeliness.name()));
        onTime.addClassNames("od-dossier-timeliness", "od-timeliness-" + timeliness.name().toLowerCase());
        onTime.setId("od-dossier-timeliness");
        Div head = new Div(code, status, onTime);
        head.addClassName("od-dossier-head");

        Div facts = new Div();
        facts.addClassName("od-dossier-facts");
        fact(facts, "dossier.lookup.applicant", a.name());
        fact(facts, "dossier.lookup.id-number", a.idNumber());
        fact(facts, "counter.dossier.phone", orNone(a.phone()));
        fact(facts, "counter.dossier.email", orNone(a.email()));
        fact(facts, "counter.dossier.address", orNone(a.address()));
        fact(facts, "dossier.lookup.procedure", detail.procedureCode() + " · " + detail.procedureName());
        fact(facts, "dossier.lookup.field", detail.fieldName());
        fact(facts, "counter.dossier.agency", detail.agencyName());
        fact(facts, "counter.dossier.channel", getTranslation("dossier.channel." + d.channel().name()));
        fact(facts, "dossier.lookup.received", d.receivedAt().atZone(zone).format(MOMENT));
        fact(facts, "dossier.lookup.appointment", d.appointmentDate().format(DAY));
        if (!d.promisedDate().equals(d.appointmentDate())) {
            fact(facts, "dossier.lookup.new-appointment", d.promisedDate().format(DAY));
        }
        if (d.resultDate() != null) {
            fact(facts, "counter.dossier.result-date", d.resultDate().format(DAY));
        }

        Div history = new Div();
        history.addClassName("od-dossier-history");
        history.setId("od-dossier-history");
        for (DossierEvent e : detail.history()) {
            history.add(step(e, zone));
        }
        add(head, facts, history);
    }

    private Div step(DossierEvent e, ZoneId zone) {
        Span when = new Span(e.occurredAt().atZone(zone).format(MOMENT));
        when.addClassName("od-muted");
        Span what = new Span(getTranslation("counter.dossier.event." + e.type().name()));
        what.addClassName("od-dossier-event");
        Div row = new Div(when, what);
        if (e.newAppointmentDate() != null) {
            row.add(new Span(getTranslation("counter.dossier.new-date", e.newAppointmentDate().format(DAY))));
        }
        if (e.reason() != null) {
            Span reason = new Span(e.reason());
            reason.addClassName("od-dossier-reason");
            row.add(reason);
        }
        if (e.userId() != null && staffNames.containsKey(e.userId())) {
            Span by = new Span(getTranslation("counter.dossier.recorded-by", staffNames.get(e.userId())));
            by.addClassName("od-muted");
            row.add(by);
        }
        if (e.lateEntry()) {
            Span late = new Span(getTranslation("counter.dossier.late-entry"));
            late.addClassName("od-priority");
            row.add(late);
        }
        row.addClassName("od-dossier-step");
        return row;
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("od-muted");
        facts.add(label, new Span(value));
    }

    private String orNone(String value) {
        return value == null ? getTranslation("counter.none") : value;
    }
}
