package vn.onedoor.device;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import vn.onedoor.device.TicketPrinting.Outcome;
import vn.onedoor.device.TicketPrinting.PrintReport;

/** Used while no device gateway is running: no place honestly has a document printer. */
@Singleton
@Secondary
public class NoDocumentPrinting implements DocumentPrinting {

    @Override
    public CompletableFuture<PrintReport> print(Place place, String title, byte[] pdf) {
        return CompletableFuture.completedFuture(new PrintReport(Outcome.NO_PRINTER, "NO_PRINTER"));
    }

    @Override
    public boolean hasPrinter(Place place) {
        return false;
    }
}
