package vn.onedoor.counter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.queue.QueueListeners;
import vn.onedoor.queue.RefreshScheduler;
import vn.onedoor.queue.RefreshThrottle;

/**
 * Keeps a screen live on its center's queue events while it is shown: subscribed on attach,
 * unsubscribed on detach, refreshes coalesced by a {@link RefreshThrottle} and run through
 * {@code UI.access} (the app pushes them to the browser).
 */
@Singleton
public class LiveRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRefresh.class);

    private final QueueListeners listeners;
    private final RefreshScheduler scheduler;
    private final Duration interval;

    LiveRefresh(QueueListeners listeners, RefreshScheduler scheduler,
            @Value("${onedoor.screens.refresh-interval:300ms}") Duration interval) {
        this.listeners = listeners;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    public void keep(Component view, long centerId, Runnable refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            RefreshThrottle throttle = new RefreshThrottle(interval, System::nanoTime, scheduler,
                    task -> access(ui, task), refresh);
            AutoCloseable subscription = listeners.subscribe(centerId, event -> throttle.request());
            Registration[] onDetach = new Registration[1];
            onDetach[0] = view.addDetachListener(detach -> {
                close(subscription);
                onDetach[0].remove();
            });
        });
    }

    private static void access(UI ui, Runnable task) {
        try {
            ui.access(task::run);
        } catch (UIDetachedException gone) {
            LOG.debug("A refresh came after its screen closed");
        }
    }

    private static void close(AutoCloseable subscription) {
        try {
            subscription.close();
        } catch (Exception e) {
            LOG.warn("Could not unsubscribe a screen from queue events", e);
        }
    }
}
