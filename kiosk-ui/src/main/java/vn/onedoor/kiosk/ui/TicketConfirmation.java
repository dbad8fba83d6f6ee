package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.queue.IssueAndPrint;
import vn.onedoor.queue.IssueTicket.Issued;
import vn.onedoor.queue.OpenCounters;
import vn.onedoor.queue.model.Ticket;

/**
 * The ticket on screen, in very large type, while it prints. The number stays on screen with a QR
 * code whatever the printer does; when printing fails the screen says so and asks the citizen
 * to photograph it, so no ticket exists only in the database.
 */
final class TicketConfirmation extends Div {

    private final Paragraph printStatus = new Paragraph();

    TicketConfirmation(KioskView kiosk, ServiceGroup group, IssueAndPrint.Result result) {
        addClassNames("od-kiosk-panel", "od-ticket");
        Issued issued = result.issued();
        Ticket ticket = issued.ticket();
        Span number = new Span(ticket.displayNumber());
        number.addClassName("od-ticket-number");
        number.setId("ticket-number");
        Div lines = new Div(new Paragraph(group.name()));
        if (ticket.priority().isPriority()) {
            Span badge = new Span(getTranslation("priority." + ticket.priority()));
            badge.addClassName("od-priority-badge");
            lines.add(badge);
        }
        OpenCounters.OfGroup counters = result.counters();
        if (counters.noneOpen()) {
            // nobody is promised "you are next" while no counter of the group is open
            Paragraph closed = new Paragraph(getTranslation("kiosk.ticket.no-counter-open"));
            closed.addClassName("od-no-counter");
            closed.setId("no-counter-open");
            lines.add(closed, new Paragraph(getTranslation("kiosk.ticket.no-counter-open-wait")));
        } else {
            lines.add(new Paragraph(issued.waitingAhead() == 0 ? getTranslation("kiosk.ticket.next")
                            : getTranslation("kiosk.ticket.ahead", issued.waitingAhead())),
                    new Paragraph(issued.estimatedWaitMinutes() == 0 ? getTranslation("kiosk.ticket.wait-none")
                            : getTranslation("kiosk.ticket.wait", issued.estimatedWaitMinutes())));
        }
        if (!counters.serving().isEmpty()) {
            lines.add(new Paragraph(getTranslation("kiosk.ticket.counters", counters.serving().stream()
                    .map(String::valueOf).collect(Collectors.joining(", ")))));
        }
        lines.addClassName("od-ticket-lines");
        String link = result.link();
        Div qr = new Div(QrImage.of(link, getTranslation("kiosk.ticket.qr-alt")), new Span(getTranslation("kiosk.ticket.qr")));
        qr.addClassName("od-ticket-qr");
        printStatus.setText(getTranslation("kiosk.ticket.printing"));
        printStatus.addClassName("od-print-status");
        printStatus.setId("print-status");
        NativeButton done = new NativeButton(getTranslation("kiosk.ticket.done"), e -> kiosk.home());
        done.addClassName("od-back");
        add(new H2(getTranslation("kiosk.ticket.title")), number, lines, qr, printStatus, done);

        UI ui = UI.getCurrent();
        result.print()
                .whenComplete((report, failure) -> ui.access(() -> showPrint(report, failure)));
    }

    private void showPrint(PrintReport report, Throwable failure) {
        printStatus.removeClassNames("od-print-ok", "od-print-failed");
        if (failure == null && report.isPrinted()) {
            printStatus.setText(getTranslation("kiosk.ticket.printed"));
            printStatus.addClassName("od-print-ok");
        } else {
            String reason = failure != null ? "ERROR" : report.reason();
            printStatus.setText(getTranslation("kiosk.ticket.print-failed", getTranslation("print.reason." + reason)));
            printStatus.addClassName("od-print-failed");
        }
    }
}
