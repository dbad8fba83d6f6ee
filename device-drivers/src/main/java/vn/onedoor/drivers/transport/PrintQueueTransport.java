package vn.onedoor.drivers.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttribute;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.JobSheets;

/**
 * Sends bytes unchanged to an OS print queue (a CUPS raw queue, a Windows "Generic / Text Only"
 * printer) through javax.print with {@link DocFlavor.BYTE_ARRAY#AUTOSENSE}. A queue is one-way:
 * {@link #read} always returns -1, so printers behind it must be profiled without status.
 * Each {@link #write} is one print job, so write a whole ticket at once.
 */
public final class PrintQueueTransport implements ByteTransport {

    /**
     * Java asks for a banner page by default (lpr -o job-sheets=standard): CUPS without banner files
     * refuses that job, and with them would print a banner as garbage before the ESC/POS bytes.
     */
    private static PrintRequestAttributeSet rawJob() {
        return new HashPrintRequestAttributeSet(new PrintRequestAttribute[] {JobSheets.NONE, new JobName("OneDoor", null)});
    }

    private final PrintService service;

    private PrintQueueTransport(PrintService service) {
        this.service = service;
    }

    /** @throws IOException when no queue of that name is known to the OS */
    public static PrintQueueTransport forQueue(String queueName) throws IOException {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(DocFlavor.BYTE_ARRAY.AUTOSENSE, null);
        return Arrays.stream(services)
                .filter(s -> s.getName().equals(queueName))
                .findFirst()
                .map(PrintQueueTransport::new)
                .orElseThrow(() -> new IOException("no print queue named '" + queueName + "' accepts raw bytes; known: "
                        + Arrays.stream(services).map(PrintService::getName).toList()));
    }

    @Override
    public void write(byte[] data) throws IOException {
        DocPrintJob job = service.createPrintJob();
        try {
            job.print(new SimpleDoc(data, DocFlavor.BYTE_ARRAY.AUTOSENSE, null), rawJob());
        } catch (PrintException e) {
            throw new IOException("print queue " + service.getName() + " refused the job: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) {
        return -1;
    }

    @Override
    public void close() {
        // Jobs are handed over whole in write(); there is nothing to release.
    }

    @Override
    public String toString() {
        return "queue:" + service.getName();
    }
}
