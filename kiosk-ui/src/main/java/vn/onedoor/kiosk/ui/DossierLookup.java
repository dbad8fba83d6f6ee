package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import vn.onedoor.center.Center;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.dossier.LookupResult;
import vn.onedoor.dossier.PublicDossier;
import vn.onedoor.dossier.model.DossierStatus;

/**
 * "Tra cứu hồ sơ": a big field that a USB scanner types into (the receipt's QR holds the lookup
 * link; the code is read out of it) or a citizen types on; Enter or the button looks it up. The
 * kiosk's serial scanner and its camera ("Quét bằng camera") fill the field the same way. Shows
 * the five things of 003 Điều 15.2 masked, and what to do next; a ready result offers a ticket
 * for the return counter that carries the code.
 */
final class DossierLookup extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final KioskView kiosk;
    private final Center center;
    private final KioskDossiers dossiers;
    private final KioskServices services;
    private final TextField code = new TextField();
    private final Div result = new Div();
    private final String attemptKey = UUID.randomUUID().toString();
    private String shown = "";

    DossierLookup(KioskView kiosk, Center center, KioskDossiers dossiers, KioskServices services) {
        this.kiosk = kiosk;
        this.center = center;
        this.dossiers = dossiers;
        this.services = services;
        addClassNames("od-kiosk-panel", "od-lookup");
        code.setId("dossier-code");
        code.addClassName("od-lookup-field");
        code.setPlaceholder(getTranslation("kiosk.lookup.placeholder"));
        code.setClearButtonVisible(true);
        code.setAutofocus(true);
        // A scanner "types" the link and presses Enter: the change event brings the whole value at once.
        code.addValueChangeListener(e -> lookUp(e.getValue()));
        NativeButton search = new NativeButton(getTranslation("kiosk.lookup.search"), e -> lookUp(code.getValue()));
        search.setId("dossier-search");
        search.addClassName("od-lookup-search");
        Div bar = new Div(code, search);
        bar.addClassName("od-take-bar");
        result.setId("dossier-result");
        NativeButton back = new NativeButton(getTranslation("kiosk.back"), e -> kiosk.home());
        back.addClassName("od-back");
        add(new H2(getTranslation("kiosk.home.lookup")), new Paragraph(getTranslation("kiosk.home.lookup.hint")), bar,
                new CameraScan(this::scanned), result, back);
    }

    /** A scan from the kiosk's serial scanner or its camera: looked up as if the USB scanner had typed it. */
    void scanned(String text) {
        code.setValue(text == null ? "" : text.strip());
        lookUp(code.getValue());
    }

    private void lookUp(String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty() || value.equals(shown)) {
            return;
        }
        shown = value;
        result.removeAll();
        KioskDossiers.Attempt attempt = dossiers.lookUp(value);
        if (attempt.result() == null) {
            error(getTranslation("dossier.lookup.too-many", attempt.retryAfterSeconds()));
        } else if (attempt.result() instanceof LookupResult.Found found) {
            show(found.dossier());
        } else if (attempt.result() instanceof LookupResult.NotFound missing) {
            error(getTranslation("dossier.lookup.not-found", missing.code()));
        } else {
            error(getTranslation("dossier.lookup.malformed"));
        }
        code.focus();
    }

    private void show(PublicDossier d) {
        Div facts = new Div();
        facts.addClassName("od-lookup-facts");
        fact(facts, "dossier.lookup.code", d.code());
        fact(facts, "dossier.lookup.applicant", d.applicantName() + "  (" + d.applicantIdNumber() + ")");
        fact(facts, "dossier.lookup.field", d.fieldName());
        fact(facts, "dossier.lookup.procedure", d.procedureName());
        fact(facts, "dossier.lookup.received", day(d.receivedDate()));
        fact(facts, "dossier.lookup.appointment", day(d.appointmentDate()));
        if (d.newAppointmentDate() != null) {
            fact(facts, "dossier.lookup.new-appointment", day(d.newAppointmentDate()));
        }
        Paragraph status = new Paragraph(getTranslation("dossier.status." + d.status()));
        status.addClassName("od-lookup-status");
        status.setId("dossier-status");
        Paragraph next = new Paragraph(getTranslation("dossier.next." + d.nextStep(), day(d.nextStepDate())));
        next.addClassName("od-lookup-next");
        next.setId("dossier-next");
        result.add(facts, status, next);
        if (d.status() == DossierStatus.RESULT_READY) {
            dossiers.returnGroup(center).ifPresentOrElse(group -> {
                NativeButton ticket = new NativeButton(getTranslation("kiosk.lookup.return-ticket", group.prefix()), e ->
                        kiosk.show(new TicketConfirmation(kiosk, group, services.issue(center, group,
                                Priority.NORMAL, d.code(), attemptKey, getUI().map(u -> u.getLocale().getLanguage())
                                        .orElse("vi")))));
                ticket.setId("return-ticket");
                ticket.addClassNames("od-door", "od-lookup-ticket");
                result.add(ticket);
            }, () -> result.add(new Paragraph(getTranslation("kiosk.lookup.no-return-group"))));
        }
    }

    private void fact(Div facts, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("od-muted");
        Span text = new Span(value);
        text.addClassName("od-lookup-value");
        facts.add(label, text);
    }

    private void error(String message) {
        Paragraph p = new Paragraph(message);
        p.addClassName("od-lookup-error");
        p.setId("dossier-error");
        result.add(p);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }
}
