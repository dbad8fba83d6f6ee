package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** A fault reported by {@link DeviceFault} with the same device, peripheral and code is over. */
public record DeviceRecovered(long centerId, long deviceId, @Nullable Long peripheralId, String code, Instant at) {}
