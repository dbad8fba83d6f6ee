package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import vn.onedoor.center.Center;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.queue.IssueTicket.Issued;
import vn.onedoor.queue.model.Ticket;

/**
 * The ticket on screen, in very large type, while it prints. The number stays on screen with a QR
 * code whatever the printer does; when printing fails the screen says so and asks the citizen
 * to photograph it, so no ticket exists only in the database.
 */
final class TicketConfirmation extends Div {

    private final Paragraph printStatus = new Paragraph();

    TicketConfirmation(KioskView kiosk, Center center, ServiceGroup group, Issued issued, KioskServices services) {
        addClassNames("od-kiosk-panel", "od-ticket");
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
        lines.add(new Paragraph(issued.waitingAhead() == 0 ? getTranslation("kiosk.ticket.next")
                        : getTranslation("kiosk.ticket.ahead", issued.waitingAhead())),
                new Paragraph(issued.estimatedWaitMinutes() == 0 ? getTranslation("kiosk.ticket.wait-none")
                        : getTranslation("kiosk.ticket.wait", issued.estimatedWaitMinutes())),
                new Paragraph(getTranslation("kiosk.ticket.counters", services.countersServing(center, group.id())
                        .stream().map(String::valueOf).collect(Collectors.joining(", ")))));
        lines.addClassName("od-ticket-lines");
        String link = services.ticketLink(ticket.id());
        Div qr = new Div(QrImage.of(link, getTranslation("kiosk.ticket.qr-alt")), new Span(getTranslation("kiosk.ticket.qr")));
        qr.addClassName("od-ticket-qr");
        printStatus.setText(getTranslation("kiosk.ticket.printing"));
        printStatus.addClassName("od-print-status");
        printStatus.setId("print-status");
        NativeButton done = new NativeButton(getTranslation("kiosk.ticket.done"), e -> kiosk.home());
        done.addClassName("od-back");
        add(new H2(getTranslation("kiosk.ticket.title")), number, lines, qr, printStatus, done);

        UI ui = UI.getCurrent();
        services.print(center, group, issued, link, ui.getLocale().getLanguage())
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
