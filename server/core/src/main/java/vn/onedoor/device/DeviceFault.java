package vn.onedoor.device;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * Something in the hall stopped working: a printer out of paper, an agent silent for too long.
 *
 * @param peripheralId null when the fault is the agent itself ({@code AGENT_OFFLINE})
 * @param code         stable: PAPER_OUT, COVER_OPEN, OFFLINE, PRINTER_ERROR, IO_ERROR, AGENT_OFFLINE…
 */
public record DeviceFault(long centerId, long deviceId, @Nullable Long peripheralId, String code, String detail,
        Instant at) {}
