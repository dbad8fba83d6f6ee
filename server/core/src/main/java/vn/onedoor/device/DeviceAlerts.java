package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device faults still open per center, for the manager's dashboard: a screen subscribes and
 * hears each change the moment the {@link DeviceFault} or {@link DeviceRecovered} event is
 * published (within a second or two of the fault), and reads the open ones when it is shown.
 */
@Singleton
public class DeviceAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceAlerts.class);

    /** An open fault with the names a person reads. */
    public record Alert(long centerId, long deviceId, String deviceName, @Nullable Long peripheralId,
            @Nullable String peripheralName, String code, Instant since) {}

    private record Key(long deviceId, @Nullable Long peripheralId, String code) {}

    private record Subscription(long centerId, Consumer<List<Alert>> listener) {}

    private final Map<Key, Alert> open = new ConcurrentHashMap<>();
    private final Set<Subscription> subscriptions = new CopyOnWriteArraySet<>();
    private final DeviceRegistry registry;
    private final Peripherals peripherals;

    DeviceAlerts(DeviceRegistry registry, Peripherals peripherals) {
        this.registry = registry;
        this.peripherals = peripherals;
    }

    /** The open alerts of a center, oldest first. */
    public List<Alert> open(long centerId) {
        return open.values().stream().filter(a -> a.centerId() == centerId)
                .sorted(Comparator.comparing(Alert::since)).toList();
    }

    /** Hears the center's open alerts after every change, until the handle is closed; must return quickly. */
    public AutoCloseable subscribe(long centerId, Consumer<List<Alert>> listener) {
        Subscription s = new Subscription(centerId, listener);
        subscriptions.add(s);
        return () -> subscriptions.remove(s);
    }

    @EventListener
    void onFault(DeviceFault f) {
        String device = registry.find(f.deviceId()).map(Device::name).orElse("#" + f.deviceId());
        String peripheral = f.peripheralId() == null ? null
                : peripherals.find(f.peripheralId()).map(Peripheral::name).orElse("#" + f.peripheralId());
        open.put(new Key(f.deviceId(), f.peripheralId(), f.code()),
                new Alert(f.centerId(), f.deviceId(), device, f.peripheralId(), peripheral, f.code(), f.at()));
        tell(f.centerId());
    }

    @EventListener
    void onRecovered(DeviceRecovered r) {
        if (open.remove(new Key(r.deviceId(), r.peripheralId(), r.code())) != null) {
            tell(r.centerId());
        }
    }

    private void tell(long centerId) {
        List<Alert> now = open(centerId);
        for (Subscription s : subscriptions) {
            if (Objects.equals(s.centerId(), centerId)) {
                try {
                    s.listener().accept(now);
                } catch (RuntimeException e) {
                    LOG.warn("A screen failed to take device alerts", e);
                }
            }
        }
    }
}
