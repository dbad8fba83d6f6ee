package vn.onedoor.device;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import vn.onedoor.device.internal.DeviceRepository;
import vn.onedoor.platform.security.Secrets;

/** The devices of each center and the tokens they authenticate with. */
@Singleton
public class DeviceRegistry {

    private final DeviceRepository devices;
    private final ApplicationEventPublisher<DeviceSwitchedOff> switchedOff;

    DeviceRegistry(DeviceRepository devices, ApplicationEventPublisher<DeviceSwitchedOff> switchedOff) {
        this.devices = devices;
        this.switchedOff = switchedOff;
    }

    /** Registers a device with a fresh random token, returned once and never stored in clear. */
    public RegisteredDevice register(long centerId, DeviceType type, String name, @Nullable Long counterId) {
        check(type, name, counterId);
        String token = Secrets.newToken();
        return new RegisteredDevice(registerWithToken(centerId, type, name.strip(), counterId, token), token);
    }

    /** Registers a device with a token chosen by the caller (the demo's well-known tokens). */
    public Device registerWithToken(long centerId, DeviceType type, String name, @Nullable Long counterId,
            String token) {
        return devices.save(new Device(null, centerId, type, name, Secrets.sha256Hex(token), counterId, true));
    }

    public Optional<DevicePrincipal> authenticate(String token) {
        return devices.findByTokenHash(Secrets.sha256Hex(token)).filter(Device::enabled).map(Device::principal);
    }

    public Optional<Device> find(long deviceId) {
        return devices.findById(deviceId);
    }

    /**
     * Registers a device that has no usable token yet: an agent gets one by pairing
     * ({@link Pairing}), a kiosk or board from {@link #register}.
     */
    public Device create(long centerId, DeviceType type, String name, @Nullable Long counterId) {
        return register(centerId, type, name, counterId).device();
    }

    /** A fresh token for the device; the old one stops working (within the validator's cache time). */
    String rotateToken(long deviceId) {
        String token = Secrets.newToken();
        devices.updateTokenHash(deviceId, Secrets.sha256Hex(token));
        return token;
    }

    /**
     * Switches a device off (a kiosk that was stolen, a token that leaked, a board taken down) or on
     * again. While off its token is refused at once, though a screen already open keeps what it shows
     * until it next asks the server; an agent off stops receiving commands and shows as offline.
     */
    public Optional<Device> switchOn(long deviceId, boolean enabled) {
        if (devices.findById(deviceId).isEmpty()) {
            return Optional.empty();
        }
        devices.updateEnabled(deviceId, enabled);
        if (!enabled) {
            switchedOff.publishEvent(new DeviceSwitchedOff(deviceId));
        }
        return devices.findById(deviceId);
    }

    /**
     * Renames a device and gives it a counter, or none. The caller has checked that the counter is
     * one of the device's center. A screen already open (a rating terminal) takes its new counter
     * when it is next loaded.
     */
    public Optional<Device> change(long deviceId, String name, @Nullable Long counterId) {
        Optional<Device> found = devices.findById(deviceId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        check(found.get().type(), name, counterId);
        devices.updateNameAndCounter(deviceId, name.strip(), counterId);
        return devices.findById(deviceId);
    }

    /** A device has a name; a rating terminal stands at a counter, whose completions wake it. */
    private static void check(DeviceType type, String name, @Nullable Long counterId) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A device needs a name");
        }
        if (type == DeviceType.RATING && counterId == null) {
            throw new IllegalArgumentException("A rating terminal needs its counter");
        }
    }

    public List<Device> devices(long centerId) {
        return devices.findByCenterIdOrderByTypeAndName(centerId);
    }

    public record RegisteredDevice(Device device, String token) {}
}
