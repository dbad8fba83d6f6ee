package vn.onedoor.rating.internal;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** What the queue knows of the visit being rated: its ticket, counter, officer and agency. */
public record Visit(long ticketId, long centerId, @Nullable Long counterId, @Nullable String dossierCode,
        String status, @Nullable String outcome, @Nullable Instant finishedAt, @Nullable Long officerId,
        @Nullable Long agencyId) {

    public boolean completed() {
        return "COMPLETED".equals(status);
    }
}
