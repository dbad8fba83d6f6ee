package vn.onedoor.kiosk.ui;

import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import vn.onedoor.catalog.BlankForms;
import vn.onedoor.catalog.BlankForms.FormDocument;
import vn.onedoor.catalog.ProcedureForm;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.device.DocumentPrinting;
import vn.onedoor.device.DocumentPrinting.Place;
import vn.onedoor.device.TicketPrinting.Outcome;
import vn.onedoor.device.TicketPrinting.PrintReport;

/** Blank forms printed on this kiosk's A4 printer: the center's own file, or a generated blank form. */
@Singleton
public class KioskForms {

    private final BlankForms forms;
    private final DocumentPrinting printing;

    public KioskForms(BlankForms forms, DocumentPrinting printing) {
        this.forms = forms;
        this.printing = printing;
    }

    /** Whether this kiosk has an A4 printer set up; a preview by staff (no device) has none. */
    boolean canPrint() {
        return SessionCenter.device().map(d -> printing.hasPrinter(new Place.Kiosk(d.deviceId()))).orElse(false);
    }

    /** Must be called on the UI thread (it reads which kiosk this is); the answer comes when the printer has reported. */
    CompletableFuture<PrintReport> print(ProcedureForm form, Locale locale) {
        Optional<DevicePrincipal> device = SessionCenter.device();
        if (device.isEmpty()) {
            return CompletableFuture.completedFuture(new PrintReport(Outcome.NO_PRINTER, "NO_DEVICE"));
        }
        FormDocument document = forms.document(form, locale);
        return printing.print(new Place.Kiosk(device.get().deviceId()), document.title(), document.pdf());
    }
}
