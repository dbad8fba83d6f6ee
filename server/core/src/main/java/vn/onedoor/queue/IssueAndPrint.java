package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.device.TicketPrinting;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.device.TicketPrinting.TicketToPrint;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.IssueTicket.Issued;
import vn.onedoor.queue.model.Priority;

/**
 * A kiosk's ticket, whole: issued, told (people ahead, the wait, the counters and whether one of
 * them is open now) and printed on the kiosk's own printer. The kiosk screen and the REST API both
 * use it, so the citizen reads the same on the screen, the paper and the phone.
 */
@Singleton
public class IssueAndPrint {

    /**
     * @param kioskDeviceId the kiosk whose printer prints it; null (staff, a preview) prints nothing
     * @param baseUrl the address citizens' phones reach the server by: the QR code is it plus the ticket's link
     * @param language the kiosk's language now, {@code vi} or {@code en}
     */
    public record Request(IssueTicket.Request ticket, Long kioskDeviceId, String baseUrl, String language) {}

    /** The ticket, its public link, what the citizen is told, and the printer's answer when it comes. */
    public record Result(Issued issued, String link, OpenCounters.OfGroup counters, CompletableFuture<PrintReport> print) {}

    private final IssueTicket issueTicket;
    private final CenterDirectory directory;
    private final OpenCounters openCounters;
    private final TicketPrinting printing;
    private final TicketLinks links;

    IssueAndPrint(IssueTicket issueTicket, CenterDirectory directory, OpenCounters openCounters, TicketPrinting printing,
            TicketLinks links) {
        this.issueTicket = issueTicket;
        this.directory = directory;
        this.openCounters = openCounters;
        this.printing = printing;
        this.links = links;
    }

    public Result issue(Request r) {
        Issued issued = issueTicket.issue(r.ticket());
        var ticket = issued.ticket();
        String link = r.baseUrl().replaceAll("/+$", "") + links.path(ticket.id());
        OpenCounters.OfGroup counters = openCounters.of(ticket.centerId(), ticket.serviceGroupId());
        CompletableFuture<PrintReport> print;
        if (r.kioskDeviceId() == null) {
            print = CompletableFuture.completedFuture(new PrintReport(TicketPrinting.Outcome.NO_PRINTER, "NO_DEVICE"));
        } else if (issued.repeated()) {
            // a retry of a ticket already issued (and printed): the citizen holds that paper
            print = CompletableFuture.completedFuture(new PrintReport(TicketPrinting.Outcome.NO_PRINTER, "REPEATED"));
        } else if (!printing.hasPrinter(r.kioskDeviceId())) {
            print = CompletableFuture.completedFuture(new PrintReport(TicketPrinting.Outcome.NO_PRINTER, "NO_PRINTER"));
        } else {
            print = printing.print(r.kioskDeviceId(), toPrint(issued, counters, link, r.language()));
        }
        return new Result(issued, link, counters, print);
    }

    private TicketToPrint toPrint(Issued issued, OpenCounters.OfGroup counters, String link, String language) {
        var ticket = issued.ticket();
        Center center = directory.center(ticket.centerId())
                .orElseThrow(() -> Rejection.notFound("CENTER_NOT_FOUND", "No center " + ticket.centerId()));
        String group = directory.serviceGroup(ticket.serviceGroupId()).map(ServiceGroup::name).orElse("");
        return new TicketToPrint(ticket.id(), center.name(), ticket.displayNumber(), group,
                ticket.issuedAt().atZone(ZoneId.of(center.timeZone())), issued.waitingAhead(),
                issued.estimatedWaitMinutes(), counters.serving(), counters.noneOpen(),
                ticket.priority() == Priority.NORMAL ? null : ticket.priority().name(), link, language);
    }
}
