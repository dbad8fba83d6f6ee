package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;

/**
 * A scan or a key press an agent forwarded from one of its peripherals.
 *
 * @param kind   SCAN or KEY
 * @param rating for a rating keypad's KEY, the value on the center's scale
 */
public record DeviceInput(long centerId, long agentId, long peripheralId, @Nullable Long counterId, String kind,
        String value, @Nullable Integer rating) {}
