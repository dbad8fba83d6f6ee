package vn.onedoor.app.api.rating;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import vn.onedoor.rating.Rating;

@Serdeable
public record RatingDto(long id, long centerId, @Nullable String dossierCode, @Nullable Long ticketId, int score,
        boolean satisfied, List<String> criteria, @Nullable String comment, @Nullable Long counterId,
        @Nullable Long officerId, @Nullable Long agencyId, String source, Instant ratedAt) {

    static RatingDto of(Rating r) {
        return new RatingDto(r.id(), r.centerId(), r.dossierCode(), r.ticketId(), r.score(), r.satisfied(), r.criteria(),
                r.comment(), r.counterId(), r.officerId(), r.agencyId(), r.source().name(), r.ratedAt());
    }
}
