package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The devices of a center with their peripherals and live status, for the admin screen and the API. */
@Singleton
public class DeviceOverview {

    private final DeviceRegistry registry;
    private final Peripherals peripherals;
    private final DeviceHealth health;

    DeviceOverview(DeviceRegistry registry, Peripherals peripherals, DeviceHealth health) {
        this.registry = registry;
        this.peripherals = peripherals;
        this.health = health;
    }

    /**
     * @param health null for devices that send no heartbeats (kiosk screens, boards) and for an agent
     *               not heard from since the server started
     */
    public record DeviceState(Device device, @Nullable AgentHealth health, List<PeripheralState> peripherals) {
        public boolean online() {
            return health != null && !health.offline();
        }
    }

    /** @param report null until the agent has said something about it */
    public record PeripheralState(Peripheral peripheral, @Nullable PeripheralReport report) {}

    public List<DeviceState> of(long centerId) {
        return registry.devices(centerId).stream().map(this::state).toList();
    }

    public Optional<DeviceState> device(long deviceId) {
        return registry.find(deviceId).map(this::state);
    }

    private DeviceState state(Device device) {
        if (device.type() != DeviceType.AGENT) {
            return new DeviceState(device, null, List.of());
        }
        AgentHealth h = health.of(device.id()).orElse(null);
        List<PeripheralState> states = peripherals.ofAgent(device.id()).stream()
                .map(p -> new PeripheralState(p, h == null ? null : h.peripherals().get(p.id())))
                .toList();
        return new DeviceState(device, h, states);
    }
}
