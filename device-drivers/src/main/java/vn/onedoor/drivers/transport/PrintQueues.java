package vn.onedoor.drivers.transport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.print.DocFlavor;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttribute;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.JobSheets;

/** The OS print queues javax.print knows (CUPS on Linux, the spooler on Windows), found by name. */
public final class PrintQueues {

    private PrintQueues() {
    }

    /** Every queue that accepts {@code flavor}, or every queue at all when it is null. */
    public static List<PrintService> accepting(DocFlavor flavor) {
        return Arrays.asList(PrintServiceLookup.lookupPrintServices(flavor, null));
    }

    public static Optional<PrintService> named(String queueName, DocFlavor flavor) {
        return accepting(flavor).stream().filter(s -> s.getName().equals(queueName)).findFirst();
    }

    public static List<String> names(List<PrintService> services) {
        return services.stream().map(PrintService::getName).toList();
    }

    /**
     * A job with a name and no banner page. Java asks for a banner by default (lpr -o
     * job-sheets=standard): CUPS without banner files refuses that job, and with them prints an
     * extra sheet (or garbage before ESC/POS bytes).
     */
    public static PrintRequestAttributeSet job(String name) {
        return new HashPrintRequestAttributeSet(new PrintRequestAttribute[] {JobSheets.NONE, new JobName(name, null)});
    }
}
