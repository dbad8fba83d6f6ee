package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;

/** A device that proved its token: a kiosk, a wall board, a rating terminal or an agent. */
public record DevicePrincipal(Long deviceId, Long centerId, DeviceType type, String name, @Nullable Long counterId) {}
