package vn.onedoor.queue;

import jakarta.inject.Singleton;
import java.util.Optional;
import vn.onedoor.platform.security.LinkSigner;

/**
 * The public link of a ticket, printed as its QR code: {@code /t/<id>-<signature>}. A citizen
 * opens it on a phone to see the ticket's status and how many are ahead.
 */
@Singleton
public class TicketLinks {

    private final LinkSigner signer;

    public TicketLinks(LinkSigner signer) {
        this.signer = signer;
    }

    /** The path part, to put after the installation's public address. */
    public String path(long ticketId) {
        return "/t/" + reference(ticketId);
    }

    /** {@code <id>-<signature>}. */
    public String reference(long ticketId) {
        return ticketId + "-" + signer.sign("ticket:" + ticketId);
    }

    /** The ticket id a reference stands for, if its signature is right. */
    public Optional<Long> ticketOf(String reference) {
        int dash = reference == null ? -1 : reference.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(reference.substring(0, dash));
            return signer.verify("ticket:" + id, reference.substring(dash + 1)) ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
