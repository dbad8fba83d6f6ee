package vn.onedoor.device;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Prints a queue ticket on the printer of the kiosk that asked for it. The answer comes when the
 * printer has reported (or failed to), so the kiosk can tell the citizen the truth.
 */
public interface TicketPrinting {

    /**
     * What a ticket shows; the printing side renders the words in the kiosk's language.
     *
     * @param counters the counters that serve the ticket's group
     * @param noCounterOpen none of them is open now: the ticket says so instead of "you are next"
     * @param priority the priority category's code ({@code ELDERLY}…), or null for a normal ticket
     */
    record TicketToPrint(long ticketId, String centerName, String number, String serviceGroupName,
            ZonedDateTime issuedAt, long waitingAhead, int estimatedWaitMinutes, List<Integer> counters,
            boolean noCounterOpen, String priority, String qrText, String language) {}

    enum Outcome {
        PRINTED,
        /** The printer answered and refused or failed: see the reason. */
        FAILED,
        /** No printer is set up for this kiosk, or the printing service is not running. */
        NO_PRINTER
    }

    /** {@code reason} is a stable code such as {@code PAPER_OUT}, {@code OFFLINE}, {@code TIMEOUT}. */
    record PrintReport(Outcome outcome, String reason) {
        public static PrintReport printed() {
            return new PrintReport(Outcome.PRINTED, null);
        }

        public boolean isPrinted() {
            return outcome == Outcome.PRINTED;
        }
    }

    CompletableFuture<PrintReport> print(long kioskDeviceId, TicketToPrint ticket);

    /** Whether this kiosk has a printer set up at all: asked first, so a kiosk without one costs nothing. */
    boolean hasPrinter(long kioskDeviceId);
}
