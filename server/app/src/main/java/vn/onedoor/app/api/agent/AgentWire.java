package vn.onedoor.app.api.agent;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server's side of the agent's JSON (device-drivers {@code vn.onedoor.drivers.agent.Wire});
 * PROTOCOLS.md shows both. The field names must stay the same on both sides.
 */
final class AgentWire {

    private AgentWire() {}

    @Serdeable
    record PairBody(String code, @Nullable String agentVersion, @Nullable String hostname) {}

    @Serdeable
    record Paired(long deviceId, long centerId, String token) {}

    @Serdeable
    record Config(long deviceId, int configVersion, long heartbeatMillis,
            @JsonInclude(JsonInclude.Include.ALWAYS) List<PeripheralConfig> peripherals) {}

    @Serdeable
    record PeripheralConfig(long id, String kind, String name,
            @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> parameters) {}

    @Serdeable
    record Command(long id, String type, long peripheralId, long expiresAt, Object payload) {}

    @Serdeable
    record Result(boolean ok, @Nullable String reason, @Nullable String detail, long bytes) {}

    @Serdeable
    record Heartbeat(@Nullable String agentVersion, @Nullable List<Status> peripherals) {}

    @Serdeable
    record Status(long peripheralId, @Nullable Set<String> faults, @Nullable Set<String> warnings, @Nullable String detail) {}

    @Serdeable
    record HeartbeatReply(int configVersion) {}

    @Serdeable
    record Input(long peripheralId, String kind, String value, @Nullable Integer rating) {}
}
