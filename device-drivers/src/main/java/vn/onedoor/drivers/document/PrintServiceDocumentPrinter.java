package vn.onedoor.drivers.document;

import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;
import vn.onedoor.drivers.printer.PrintOutcome;
import vn.onedoor.drivers.printer.PrintOutcome.Reason;
import vn.onedoor.drivers.transport.PrintQueues;

/**
 * Prints PDFs on a named OS print queue through javax.print: as {@link DocFlavor.BYTE_ARRAY#PDF}
 * where the queue says it takes PDF (CUPS does, and converts for the printer), else as
 * {@link DocFlavor.BYTE_ARRAY#AUTOSENSE}, for a queue whose driver recognises PDF itself. The
 * queue is looked up on every job, so a printer added or renamed in the OS is found without a
 * restart, and one that went away is reported by name.
 */
public final class PrintServiceDocumentPrinter implements DocumentPrinter {

    private final String queueName;

    public PrintServiceDocumentPrinter(String queueName) {
        this.queueName = queueName;
    }

    @Override
    public PrintOutcome print(String title, byte[] pdf) {
        PrintService service = PrintQueues.named(queueName, null).orElse(null);
        if (service == null) {
            return new PrintOutcome.Failed(Reason.NO_SUCH_QUEUE, "no print queue named '" + queueName + "'; known: "
                    + PrintQueues.names(PrintQueues.accepting(null)));
        }
        DocFlavor flavor = service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.PDF) ? DocFlavor.BYTE_ARRAY.PDF
                : service.isDocFlavorSupported(DocFlavor.BYTE_ARRAY.AUTOSENSE) ? DocFlavor.BYTE_ARRAY.AUTOSENSE : null;
        if (flavor == null) {
            return new PrintOutcome.Failed(Reason.NOT_ACCEPTED, "print queue '" + queueName + "' takes neither PDF nor raw bytes");
        }
        try {
            service.createPrintJob().print(new SimpleDoc(pdf, flavor, null), PrintQueues.job(title));
            return new PrintOutcome.Printed(pdf.length, false);
        } catch (PrintException e) {
            return new PrintOutcome.Failed(Reason.NOT_ACCEPTED, "print queue '" + queueName + "' refused the job: " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "queue:" + queueName;
    }
}
