package vn.onedoor.device;

import java.util.concurrent.CompletableFuture;
import vn.onedoor.device.TicketPrinting.PrintReport;

/**
 * Prints a PDF (a dossier receipt, a blank form) on the A4 document printer of a kiosk or of a
 * counter. Like ticket printing, the answer comes when the printer has reported or failed to, so
 * the screen can tell the truth.
 */
public interface DocumentPrinting {

    /** Where the document should come out: the kiosk's A4 printer, or the counter's. */
    sealed interface Place {
        record Kiosk(long deviceId) implements Place {}

        record Counter(long counterId) implements Place {}
    }

    /**
     * @param title a short human name of the job (shown in the OS print queue and in the simulator's
     *              file name), e.g. the dossier code or the form code
     */
    CompletableFuture<PrintReport> print(Place place, String title, byte[] pdf);

    /** Whether a document printer is set up for this place at all. */
    boolean hasPrinter(Place place);
}
