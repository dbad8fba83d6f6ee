package vn.onedoor.drivers.document;

import vn.onedoor.drivers.printer.PrintOutcome;

/**
 * An A4 printer that takes whole PDF documents: a dossier receipt at a counter, a blank form at
 * a kiosk. One call is one print job; implementations are called from one thread at a time.
 */
public interface DocumentPrinter {

    /**
     * @param title a short name of the job: shown in the OS print queue, part of a simulated file's name
     * @param pdf   a complete PDF file
     * @return {@link PrintOutcome.Printed} once the printer (or the OS queue) has taken the whole job
     */
    PrintOutcome print(String title, byte[] pdf);
}
