package vn.onedoor.app.device;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.onedoor.device.DeviceCommandFinished;
import vn.onedoor.device.DeviceFault;
import vn.onedoor.device.DeviceRecovered;

/** Remembers every device fault and recovery with the moment it was published, as a dashboard would hear it. */
@Singleton
@Requires(property = "onedoor.test.device-events", value = "true")
public class DeviceEvents {

    public record Heard<T>(T event, long nanoTime) {}

    private final List<Heard<DeviceFault>> faults = new CopyOnWriteArrayList<>();
    private final List<Heard<DeviceRecovered>> recoveries = new CopyOnWriteArrayList<>();
    private final List<DeviceCommandFinished> finished = new CopyOnWriteArrayList<>();

    @EventListener
    void onFinished(DeviceCommandFinished event) {
        finished.add(event);
    }

    /** The bytes an agent reported for a command, 0 when not reported (yet). */
    public long bytesOf(long commandId) {
        return finished.stream().filter(f -> f.commandId() == commandId).mapToLong(DeviceCommandFinished::bytes).sum();
    }

    @EventListener
    void onFault(DeviceFault fault) {
        faults.add(new Heard<>(fault, System.nanoTime()));
    }

    @EventListener
    void onRecovered(DeviceRecovered recovered) {
        recoveries.add(new Heard<>(recovered, System.nanoTime()));
    }

    public Optional<Heard<DeviceFault>> fault(String code, long after) {
        return faults.stream().filter(h -> h.event().code().equals(code) && h.nanoTime() >= after).findFirst();
    }

    public Optional<Heard<DeviceRecovered>> recovery(String code, long after) {
        return recoveries.stream().filter(h -> h.event().code().equals(code) && h.nanoTime() >= after).findFirst();
    }
}
