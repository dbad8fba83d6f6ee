package vn.onedoor.dossier;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets for lookups, one per caller (a device, or a network address): a short burst, then
 * a steady trickle. Codes are sequential by law, so what stops someone from walking through them
 * is this limit (and the masking of what a lookup shows): at the default 20 a minute an address
 * needs over eight hours for the 9,999 codes of one agency's single day.
 */
@Singleton
public class LookupRateLimiter {

    /** Allowed, or refused with the seconds until the next token. */
    public record Decision(boolean allowed, long retryAfterSeconds) {}

    private static final int MAX_BUCKETS = 100_000;

    private final int capacity;
    private final double perSecond;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @jakarta.inject.Inject
    LookupRateLimiter(@Value("${onedoor.lookup.burst:10}") int capacity,
            @Value("${onedoor.lookup.per-minute:20}") int perMinute) {
        this(capacity, perMinute, System::nanoTime);
    }

    public LookupRateLimiter(int capacity, int perMinute, LongSupplier nanos) {
        this.capacity = capacity;
        this.perSecond = perMinute / 60.0;
        this.nanos = nanos;
    }

    public Decision tryAcquire(String caller) {
        if (buckets.size() > MAX_BUCKETS) {
            // a flood of addresses: forget them all rather than grow without bound; each starts full again
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(caller, k -> new Bucket(capacity, nanos.getAsLong()));
        synchronized (bucket) {
            long now = nanos.getAsLong();
            bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, 0);
            }
            return new Decision(false, (long) Math.ceil((1 - bucket.tokens) / perSecond));
        }
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
