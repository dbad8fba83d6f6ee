package vn.onedoor.drivers.transport;

import java.io.IOException;
import java.time.Duration;
import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.SimpleDoc;

/**
 * Sends bytes unchanged to an OS print queue (a CUPS raw queue, a Windows "Generic / Text Only"
 * printer) through javax.print with {@link DocFlavor.BYTE_ARRAY#AUTOSENSE}. A queue is one-way:
 * {@link #read} always returns -1, so printers behind it must be profiled without status.
 * Each {@link #write} is one print job, so write a whole ticket at once.
 */
public final class PrintQueueTransport implements ByteTransport {

    private final PrintService service;

    private PrintQueueTransport(PrintService service) {
        this.service = service;
    }

    /** @throws IOException when no queue of that name is known to the OS */
    public static PrintQueueTransport forQueue(String queueName) throws IOException {
        return PrintQueues.named(queueName, DocFlavor.BYTE_ARRAY.AUTOSENSE)
                .map(PrintQueueTransport::new)
                .orElseThrow(() -> new IOException("no print queue named '" + queueName + "' accepts raw bytes; known: "
                        + PrintQueues.names(PrintQueues.accepting(DocFlavor.BYTE_ARRAY.AUTOSENSE))));
    }

    @Override
    public void write(byte[] data) throws IOException {
        DocPrintJob job = service.createPrintJob();
        try {
            job.print(new SimpleDoc(data, DocFlavor.BYTE_ARRAY.AUTOSENSE, null), PrintQueues.job("OneDoor"));
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
