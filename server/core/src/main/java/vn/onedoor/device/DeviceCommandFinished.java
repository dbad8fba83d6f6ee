package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;

/** An agent reported a command's result (or the command expired), after commit. */
public record DeviceCommandFinished(long commandId, long agentId, long peripheralId, @Nullable Long ticketId,
        CommandState state, @Nullable String reason, @Nullable String detail, long bytes) {}
