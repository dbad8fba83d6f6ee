package vn.onedoor.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets, one per caller (a device, or a network address): a short burst, then a steady
 * trickle. Kept in memory on this server; a flood of distinct callers is forgotten rather than
 * allowed to grow without bound.
 */
public class TokenBuckets {

    /** Allowed, or refused with the seconds until the next token. */
    public record Decision(boolean allowed, long retryAfterSeconds) {}

    private static final int MAX_BUCKETS = 100_000;

    private final int capacity;
    private final double perSecond;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int capacity, int perMinute, LongSupplier nanos) {
        this.capacity = capacity;
        this.perSecond = perMinute / 60.0;
        this.nanos = nanos;
    }

    /** Takes a token if there is one. */
    public Decision tryAcquire(String caller) {
        return decide(caller, true);
    }

    /** Whether a token is there, without taking it: for limits that count only failures. */
    public Decision peek(String caller) {
        return decide(caller, false);
    }

    /** Takes a token, or nothing if none is left: a failure counted after the fact. */
    public void spend(String caller) {
        decide(caller, true);
    }

    private Decision decide(String caller, boolean take) {
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
                if (take) {
                    bucket.tokens -= 1;
                }
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
