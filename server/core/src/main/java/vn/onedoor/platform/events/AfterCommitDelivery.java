package vn.onedoor.platform.events;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a committed change's events to their listeners on a thread of its own, in the order the
 * changes were committed. The request that made the change has its answer already: a listener
 * that fails or is slow (an event stream whose client went away, a screen, a device command)
 * cannot turn a committed ticket into an error, nor hold up the next request.
 */
@Singleton
public class AfterCommitDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(AfterCommitDelivery.class);
    private static final Duration DRAIN_ON_STOP = Duration.ofSeconds(5);

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "after-commit-events");
        t.setDaemon(true);
        return t;
    });

    /** Delivers {@code events}, in order, to {@code listeners} after this call returns. */
    public <E> void deliver(List<E> events, Consumer<E> listeners) {
        if (events.isEmpty()) {
            return;
        }
        try {
            thread.execute(() -> {
                for (E event : events) {
                    try {
                        listeners.accept(event);
                    } catch (RuntimeException e) {
                        LOG.warn("A listener failed on {}; the change itself was committed", event, e);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("The server is stopping; {} event(s) were not delivered", events.size());
        }
    }

    /** Waits until every event handed over so far was delivered (for tests and for a clean stop). */
    public boolean awaitDelivered(Duration within) {
        try {
            return thread.submit(() -> { }).get(within.toMillis(), TimeUnit.MILLISECONDS) == null;
        } catch (Exception e) {
            return false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(DRAIN_ON_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("Events still undelivered after {} s at stop", DRAIN_ON_STOP.toSeconds());
            thread.shutdownNow();
        }
    }
}
