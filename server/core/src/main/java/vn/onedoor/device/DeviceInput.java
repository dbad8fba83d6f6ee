package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;

/**
 * A scan or a key press an agent forwarded from one of its peripherals.
 *
 * @param counterId      the counter of a keypad or of a counter's scanner
 * @param kind           SCAN or KEY
 * @param rating         for a rating keypad's KEY, the value on the center's scale
 * @param servesDeviceId the kiosk a kiosk's scanner serves
 */
public record DeviceInput(long centerId, long agentId, long peripheralId, @Nullable Long counterId, String kind,
        String value, @Nullable Integer rating, @Nullable Long servesDeviceId) {

    public static final String SCAN = "SCAN";
    public static final String KEY = "KEY";

    public boolean scan() {
        return SCAN.equals(kind);
    }

    public boolean key() {
        return KEY.equals(kind);
    }
}
