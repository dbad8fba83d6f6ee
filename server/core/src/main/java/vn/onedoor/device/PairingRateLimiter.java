package vn.onedoor.device;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.function.LongSupplier;
import vn.onedoor.platform.security.TokenBuckets;

/**
 * Failed pairing attempts per network address: after 5 wrong codes, 10 more a minute. A pairing
 * code is 8 characters of 31 and lives 15 minutes, so guessing is hopeless anyway; the limit keeps
 * a script from hammering the database. Good codes are not counted, so an administrator can pair a
 * whole hall from one address.
 */
@Singleton
public class PairingRateLimiter extends TokenBuckets {

    @jakarta.inject.Inject
    PairingRateLimiter(@Value("${onedoor.devices.pairing-burst:5}") int capacity,
            @Value("${onedoor.devices.pairing-per-minute:10}") int perMinute) {
        this(capacity, perMinute, System::nanoTime);
    }

    public PairingRateLimiter(int capacity, int perMinute, LongSupplier nanos) {
        super(capacity, perMinute, nanos);
    }
}
