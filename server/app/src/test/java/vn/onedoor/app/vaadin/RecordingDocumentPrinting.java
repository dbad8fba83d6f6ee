package vn.onedoor.app.vaadin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.onedoor.device.DocumentPrinting;
import vn.onedoor.device.TicketPrinting.PrintReport;

/**
 * Captures what the screens send to a document printer, and answers as the test says: at once, or
 * later when the test completes the job (a printer takes its time).
 */
@Singleton
@Replaces(DocumentPrinting.class)
@Requires(property = "onedoor.test.recording-printer", value = "true")
public class RecordingDocumentPrinting implements DocumentPrinting {

    /** One print job as the screen sent it, with the answer still to give. */
    public record Job(Place place, String title, byte[] pdf, CompletableFuture<PrintReport> answer) {}

    private final List<Job> jobs = new CopyOnWriteArrayList<>();
    private volatile PrintReport nextAnswer = PrintReport.printed();

    @Override
    public CompletableFuture<PrintReport> print(Place place, String title, byte[] pdf) {
        Job job = new Job(place, title, pdf, new CompletableFuture<>());
        jobs.add(job);
        if (nextAnswer != null) {
            job.answer().complete(nextAnswer);
        }
        return job.answer();
    }

    @Override
    public boolean hasPrinter(Place place) {
        return true;
    }

    /** What the next jobs answer at once; null leaves them waiting for {@link Job#answer()}. */
    public void answerWith(PrintReport report) {
        nextAnswer = report;
    }

    public List<Job> jobs() {
        return jobs;
    }

    public void clear() {
        jobs.clear();
        nextAnswer = PrintReport.printed();
    }
}
