package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.Map;

/** The live state of one agent as its heartbeats tell it. */
public record AgentHealth(long agentId, long centerId, Instant lastHeartbeat, boolean offline,
        @Nullable String agentVersion, Map<Long, PeripheralReport> peripherals) {

    public AgentHealth {
        peripherals = Map.copyOf(peripherals);
    }
}
