package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A registered device; its bearer token is stored only as a SHA-256 digest. */
@MappedEntity("device")
public record Device(
        @Id @GeneratedValue @Nullable Long id,
        Long centerId,
        DeviceType type,
        String name,
        String tokenHash,
        @Nullable Long counterId,
        boolean enabled) {

    public DevicePrincipal principal() {
        return new DevicePrincipal(id, centerId, type, name, counterId);
    }
}
