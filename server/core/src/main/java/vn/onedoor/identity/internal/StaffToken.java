package vn.onedoor.identity.internal;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("staff_token")
public record StaffToken(@Id String tokenHash, Long userId, Instant createdAt, Instant expiresAt) {}
