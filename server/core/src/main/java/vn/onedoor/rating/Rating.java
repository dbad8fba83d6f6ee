package vn.onedoor.rating;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A stored vote. The counter, the officer and the agency are what was known when it was made:
 * from the ticket (its counter, the officer who had opened that counter, its procedure's agency),
 * or from the dossier code's agency part.
 */
public record Rating(long id, long centerId, @Nullable String dossierCode, @Nullable Long ticketId, int score,
        boolean satisfied, List<String> criteria, @Nullable String comment, @Nullable Long counterId,
        @Nullable Long officerId, @Nullable Long agencyId, RatingSource source, Instant ratedAt) {}
