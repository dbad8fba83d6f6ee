package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Transient;
import java.util.Map;
import vn.onedoor.device.internal.SettingsText;

/**
 * A printer, display, keypad or scanner driven by an agent.
 *
 * @param servesDeviceId the kiosk whose tickets this printer prints
 * @param counterId      the counter of a display or keypad
 * @param settings       parameters as {@code key=value} lines; see {@link #parameters()}
 */
@MappedEntity("peripheral")
public record Peripheral(
        @Id @GeneratedValue @Nullable Long id,
        Long agentId,
        PeripheralKind kind,
        String name,
        @Nullable Long servesDeviceId,
        @Nullable Long counterId,
        String settings,
        boolean enabled) {

    /** The parameters as the agent gets them: transport, host, port, path, baud, paper, address, keys… */
    @Transient
    public Map<String, String> parameters() {
        return SettingsText.parse(settings);
    }

    public Peripheral withParameters(Map<String, String> parameters) {
        return new Peripheral(id, agentId, kind, name, servesDeviceId, counterId, SettingsText.format(parameters), enabled);
    }
}
