package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import vn.onedoor.catalog.ProcedureForm;
import vn.onedoor.device.TicketPrinting.Outcome;
import vn.onedoor.device.TicketPrinting.PrintReport;

/**
 * A procedure's forms, each with a print button when this kiosk has an A4 printer. While a form
 * prints the buttons wait; then the screen says what the printer said. Without a printer the
 * kiosk says so and sends the citizen to a counter.
 */
final class FormList extends Div {

    private final KioskForms forms;
    private final List<NativeButton> buttons = new ArrayList<>();
    private final Paragraph status = new Paragraph();

    FormList(List<ProcedureForm> list, KioskForms forms) {
        this.forms = forms;
        boolean canPrint = forms.canPrint();
        add(new H3(getTranslation("kiosk.procedures.forms")));
        for (ProcedureForm f : list) {
            Div row = new Div(new Span(f.code() + " – " + f.name()));
            row.addClassName("od-form");
            if (canPrint) {
                NativeButton print = new NativeButton(getTranslation("kiosk.forms.print"), e -> print(f));
                print.addClassName("od-form-print");
                print.setId("print-form-" + f.id());
                buttons.add(print);
                row.add(print);
            }
            add(row);
        }
        if (canPrint) {
            status.setId("form-print-status");
            status.setVisible(false);
            add(status);
        } else {
            Paragraph note = new Paragraph(getTranslation("kiosk.procedures.print-not-yet"));
            note.addClassName("od-note");
            add(note);
        }
    }

    private void print(ProcedureForm form) {
        buttons.forEach(b -> b.setEnabled(false));
        show(getTranslation("kiosk.forms.printing"), null);
        UI ui = UI.getCurrent();
        try {
            forms.print(form, ui.getLocale()).whenComplete((report, failure) -> ui.access(() -> done(report, failure)));
        } catch (RuntimeException e) {
            done(null, e);
        }
    }

    private void done(PrintReport report, Throwable failure) {
        buttons.forEach(b -> b.setEnabled(true));
        if (failure == null && report.isPrinted()) {
            show(getTranslation("kiosk.forms.printed"), "od-print-ok");
        } else if (failure == null && report.outcome() == Outcome.NO_PRINTER) {
            show(getTranslation("kiosk.forms.no-printer", getTranslation("print.reason." + report.reason())), "od-print-failed");
        } else {
            String reason = failure != null ? "ERROR" : report.reason();
            show(getTranslation("kiosk.forms.failed", getTranslation("print.reason." + reason)), "od-print-failed");
        }
    }

    private void show(String text, String outcomeClass) {
        status.setText(text);
        status.setClassName("od-print-status");
        if (outcomeClass != null) {
            status.addClassName(outcomeClass);
        }
        status.setVisible(true);
    }
}
