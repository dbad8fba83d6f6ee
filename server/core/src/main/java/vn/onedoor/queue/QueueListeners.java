package vn.onedoor.queue;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.queue.model.QueueEvent;

/**
 * Hands committed queue events to the screens of a center. A screen subscribes when it is shown
 * and closes the subscription when it goes; each listener must return quickly (a screen hands the
 * event to its own UI thread with {@code UI.access}). One failing listener does not stop the others.
 */
@Singleton
public class QueueListeners {

    private static final Logger LOG = LoggerFactory.getLogger(QueueListeners.class);

    private record Subscription(long centerId, Consumer<QueueEvent> listener) {}

    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();

    /** Listens to the events of one center until the returned handle is closed. */
    public AutoCloseable subscribe(long centerId, Consumer<QueueEvent> listener) {
        Subscription s = new Subscription(centerId, listener);
        subscriptions.add(s);
        return () -> subscriptions.remove(s);
    }

    /** How many screens listen now (for the dashboard and the tests). */
    public int count() {
        return subscriptions.size();
    }

    @EventListener
    void onQueueEvent(QueueEvent event) {
        for (Subscription s : subscriptions) {
            if (s.centerId() == event.centerId()) {
                try {
                    s.listener().accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("A screen failed to take a queue event {}", event.type(), e);
                }
            }
        }
    }
}
