package vn.onedoor.device;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;

/** Used while no device gateway is running: every kiosk honestly has no printer. */
@Singleton
@Secondary
public class NoTicketPrinting implements TicketPrinting {

    @Override
    public CompletableFuture<PrintReport> print(long kioskDeviceId, TicketToPrint ticket) {
        return CompletableFuture.completedFuture(new PrintReport(Outcome.NO_PRINTER, "NO_PRINTER"));
    }

    @Override
    public boolean hasPrinter(long kioskDeviceId) {
        return false;
    }
}
