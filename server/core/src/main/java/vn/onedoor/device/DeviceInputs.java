package vn.onedoor.device;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the scans and key presses of the hall's peripherals to the screen they belong to: a
 * kiosk's scanner to that kiosk's screen, a counter's keypad or scanner to that counter's screens.
 * A screen subscribes when it is shown and closes the registration when it goes; a listener must
 * return quickly (a screen hands the input to its own UI thread with {@code UI.access}). One
 * failing listener does not stop the others.
 */
@Singleton
public class DeviceInputs {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceInputs.class);

    /** A subscription; closing it twice is harmless. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private record Subscription(Long kioskDeviceId, Long counterId, Consumer<DeviceInput> listener) {
        boolean wants(DeviceInput input) {
            return kioskDeviceId != null ? kioskDeviceId.equals(input.servesDeviceId())
                    : Objects.equals(counterId, input.counterId());
        }
    }

    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();

    /** The input of the peripherals that serve this kiosk (its scanner). */
    public Registration forKiosk(long kioskDeviceId, Consumer<DeviceInput> listener) {
        return add(new Subscription(kioskDeviceId, null, listener));
    }

    /** The input of the peripherals of this counter (its rating keypad, its scanner). */
    public Registration forCounter(long counterId, Consumer<DeviceInput> listener) {
        return add(new Subscription(null, counterId, listener));
    }

    /** How many screens listen now (for the tests). */
    public int count() {
        return subscriptions.size();
    }

    private Registration add(Subscription s) {
        subscriptions.add(s);
        return () -> subscriptions.remove(s);
    }

    @EventListener
    void onInput(DeviceInput input) {
        boolean heard = false;
        for (Subscription s : subscriptions) {
            if (s.wants(input)) {
                heard = true;
                try {
                    s.listener().accept(input);
                } catch (RuntimeException e) {
                    LOG.warn("A screen failed to take the {} of peripheral {}", input.kind(), input.peripheralId(), e);
                }
            }
        }
        if (!heard) {
            LOG.debug("No screen listens to peripheral {}: its {} is dropped", input.peripheralId(), input.kind());
        }
    }
}
