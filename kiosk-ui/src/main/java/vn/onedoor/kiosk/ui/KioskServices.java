package vn.onedoor.kiosk.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.device.TicketPrinting;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.device.TicketPrinting.TicketToPrint;
import vn.onedoor.platform.web.PublicAddress;
import vn.onedoor.queue.IssueTicket;
import vn.onedoor.queue.TicketLinks;
import vn.onedoor.queue.IssueTicket.Issued;
import vn.onedoor.queue.model.Priority;

/** The application services the kiosk screens use, in one place so each screen stays small. */
@Singleton
public class KioskServices {

    private final IssueTicket issueTicket;
    private final Catalog catalog;
    private final CenterDirectory directory;
    private final TicketPrinting printing;
    private final TicketLinks links;
    private final PublicAddress publicAddress;

    public KioskServices(IssueTicket issueTicket, Catalog catalog, CenterDirectory directory, TicketPrinting printing,
            TicketLinks links, PublicAddress publicAddress) {
        this.issueTicket = issueTicket;
        this.catalog = catalog;
        this.directory = directory;
        this.printing = printing;
        this.links = links;
        this.publicAddress = publicAddress;
    }

    /**
     * The ticket's public link. Without {@code onedoor.public-url} it uses the address this kiosk
     * reached the server by, which phones in the hall's network reach too.
     */
    String ticketLink(long ticketId) {
        String base = VaadinRequest.getCurrent() instanceof VaadinServletRequest r
                ? publicAddress.of(r.getScheme(), r.getServerName(), r.getServerPort(), r.getContextPath())
                : publicAddress.or("");
        return base + links.path(ticketId);
    }

    Catalog catalog() {
        return catalog;
    }

    List<ServiceGroup> serviceGroups(Center center) {
        return directory.serviceGroups(center.id());
    }

    List<Procedure> procedures(ServiceGroup group) {
        return catalog.proceduresOfServiceGroup(group.id());
    }

    List<Integer> countersServing(Center center, long serviceGroupId) {
        return directory.countersServing(center.id(), serviceGroupId);
    }

    /** Issues a ticket; the same {@code attemptKey} never makes a second one. */
    Issued issue(Center center, ServiceGroup group, Priority priority, String attemptKey) {
        Long deviceId = SessionCenter.device().map(d -> d.deviceId()).orElse(null);
        Long userId = SessionCenter.staff().map(s -> s.userId()).orElse(null);
        return issueTicket.issue(new IssueTicket.Request(center.id(), group.id(), priority, null, null, null,
                attemptKey, deviceId, userId));
    }

    /** Sends the ticket to this kiosk's printer; a preview by staff (no device) has no printer. */
    CompletableFuture<PrintReport> print(Center center, ServiceGroup group, Issued issued, String qrText, String language) {
        var ticket = issued.ticket();
        TicketToPrint toPrint = new TicketToPrint(ticket.id(), center.name(), ticket.displayNumber(), group.name(),
                ticket.issuedAt().atZone(ZoneId.of(center.timeZone())), issued.waitingAhead(),
                issued.estimatedWaitMinutes(), countersServing(center, group.id()), qrText, language);
        return SessionCenter.device()
                .map(d -> printing.print(d.deviceId(), toPrint))
                .orElseGet(() -> CompletableFuture.completedFuture(
                        new PrintReport(TicketPrinting.Outcome.NO_PRINTER, "NO_DEVICE")));
    }
}
