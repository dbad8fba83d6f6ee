package vn.onedoor.app.device;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.device.TicketPrinting;
import vn.onedoor.device.TicketPrinting.PrintReport;
import vn.onedoor.device.TicketPrinting.TicketToPrint;
import vn.onedoor.queue.TicketLinks;
import vn.onedoor.queue.model.Ticket;

/** Prints a ticket issued through the REST API on the printer of the kiosk that asked for it. */
@Singleton
public class IssuedTicketPrinter {

    private final TicketPrinting printing;
    private final CenterDirectory directory;
    private final TicketLinks links;

    IssuedTicketPrinter(TicketPrinting printing, CenterDirectory directory, TicketLinks links) {
        this.printing = printing;
        this.directory = directory;
        this.links = links;
    }

    /**
     * @param baseUrl the address citizens' phones reach the server by; the QR code is it plus the ticket's link
     */
    public CompletableFuture<PrintReport> print(long kioskDeviceId, Ticket ticket, long waitingAhead,
            int estimatedWaitMinutes, String baseUrl, String language) {
        if (!printing.hasPrinter(kioskDeviceId)) {
            return CompletableFuture.completedFuture(new PrintReport(TicketPrinting.Outcome.NO_PRINTER, "NO_PRINTER"));
        }
        Center center = directory.center(ticket.centerId()).orElseThrow();
        String group = directory.serviceGroup(ticket.serviceGroupId()).map(ServiceGroup::name).orElse("");
        TicketToPrint toPrint = new TicketToPrint(ticket.id(), center.name(), ticket.displayNumber(), group,
                ticket.issuedAt().atZone(ZoneId.of(center.timeZone())), waitingAhead, estimatedWaitMinutes,
                directory.countersServing(center.id(), ticket.serviceGroupId()), link(baseUrl, ticket.id()), language);
        return printing.print(kioskDeviceId, toPrint);
    }

    public String link(String baseUrl, long ticketId) {
        return baseUrl.replaceAll("/+$", "") + links.path(ticketId);
    }
}
