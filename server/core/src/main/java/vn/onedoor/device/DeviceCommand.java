package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of the agents' outbox. {@code payload} is JSON the agent reads; the core does not look inside. */
@MappedEntity("device_command")
public record DeviceCommand(
        @Id @GeneratedValue @Nullable Long id,
        Long agentId,
        Long peripheralId,
        String type,
        String payload,
        @Nullable Long ticketId,
        CommandState state,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant sentAt,
        @Nullable Instant ackedAt,
        @Nullable Instant finishedAt,
        @Nullable String reason,
        @Nullable String detail) {}
