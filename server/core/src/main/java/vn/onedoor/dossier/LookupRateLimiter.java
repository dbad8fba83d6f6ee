package vn.onedoor.dossier;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.function.LongSupplier;
import vn.onedoor.platform.security.TokenBuckets;

/**
 * Token buckets for lookups, one per caller (a device, or a network address). Codes are
 * sequential by law, so what stops someone from walking through them is this limit (and the
 * masking of what a lookup shows): at the default 20 a minute an address needs over eight hours
 * for the 9,999 codes of one agency's single day.
 */
@Singleton
public class LookupRateLimiter extends TokenBuckets {

    @jakarta.inject.Inject
    LookupRateLimiter(@Value("${onedoor.lookup.burst:10}") int capacity,
            @Value("${onedoor.lookup.per-minute:20}") int perMinute) {
        this(capacity, perMinute, System::nanoTime);
    }

    public LookupRateLimiter(int capacity, int perMinute, LongSupplier nanos) {
        super(capacity, perMinute, nanos);
    }
}
