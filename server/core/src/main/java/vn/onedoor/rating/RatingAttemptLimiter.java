package vn.onedoor.rating;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.function.LongSupplier;
import vn.onedoor.platform.security.TokenBuckets;

/**
 * Wrong proofs of being the applicant on the phone page, per dossier: after 5, one a minute. The
 * proof is the last six characters of the ID number (a million possibilities for a CCCD), so a
 * guess takes years; good proofs are not counted.
 */
@Singleton
public class RatingAttemptLimiter extends TokenBuckets {

    @jakarta.inject.Inject
    RatingAttemptLimiter(@Value("${onedoor.rating.phone-attempts-burst:5}") int capacity,
            @Value("${onedoor.rating.phone-attempts-per-minute:1}") int perMinute) {
        this(capacity, perMinute, System::nanoTime);
    }

    public RatingAttemptLimiter(int capacity, int perMinute, LongSupplier nanos) {
        super(capacity, perMinute, nanos);
    }
}
