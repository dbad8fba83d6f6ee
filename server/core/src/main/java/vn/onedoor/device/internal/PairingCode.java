package vn.onedoor.device.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("device_pairing")
public record PairingCode(@Id String codeHash, Long deviceId, Instant expiresAt) {}
