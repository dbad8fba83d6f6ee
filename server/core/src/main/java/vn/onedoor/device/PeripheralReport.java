package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import java.util.Set;

/**
 * What an agent says of one peripheral in a heartbeat.
 *
 * @param faults empty when working; otherwise PAPER_OUT, COVER_OPEN, OFFLINE, PRINTER_ERROR,
 *               NO_STATUS_REPLY, IO_ERROR, OPEN_FAILED…
 * @param warnings conditions that still work, such as PAPER_NEAR_END
 */
public record PeripheralReport(long peripheralId, Set<String> faults, Set<String> warnings, @Nullable String detail) {

    public PeripheralReport {
        faults = Set.copyOf(faults);
        warnings = Set.copyOf(warnings);
    }
}
