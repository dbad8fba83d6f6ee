package vn.onedoor.app.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceSwitchedOff;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.StaffPrincipal;

/**
 * Bearer tokens are opaque and checked against the database: a staff token from
 * {@code POST /api/v1/auth/login}, or a device's token. Staff get their role; devices get
 * {@code DEVICE} and {@code DEVICE_<TYPE>}.
 */
@Singleton
public class BearerTokenValidator implements TokenValidator<HttpRequest<?>> {

    public static final String ATTR_CENTER = "centerId";
    public static final String ATTR_USER = "userId";
    public static final String ATTR_DEVICE = "deviceId";

    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final int CACHE_LIMIT = 10_000;

    private final StaffAccounts staff;
    private final DeviceRegistry devices;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    BearerTokenValidator(StaffAccounts staff, DeviceRegistry devices) {
        this.staff = staff;
        this.devices = devices;
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        long now = System.nanoTime();
        Cached hit = cache.get(token);
        if (hit != null && hit.validUntil - now > 0) {
            return Publishers.just(hit.authentication);
        }
        Optional<Authentication> found = staff.resolveToken(token).filter(p -> !p.mustChangePassword())
                .map(BearerTokenValidator::ofStaff)
                .or(() -> devices.authenticate(token).map(BearerTokenValidator::ofDevice));
        found.ifPresent(a -> remember(token, a, now));
        return found.map(Publishers::just).orElseGet(Publishers::empty);
    }

    /**
     * A kiosk or a counter sends its token with every request; checking it in the database each
     * time would cost more than the work itself. A valid token is trusted for {@link #CACHE_FOR};
     * a disabled device or account is refused at the latest that long after.
     */
    private void remember(String token, Authentication authentication, long now) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(token, new Cached(authentication, now + CACHE_FOR.toNanos()));
    }

    /** A device switched off is refused at once, not when its cached check runs out. */
    @EventListener
    void forget(DeviceSwitchedOff event) {
        cache.values().removeIf(c -> Long.valueOf(event.deviceId()).equals(c.authentication.getAttributes().get(ATTR_DEVICE)));
    }

    /** An account disabled, reset or moved is refused at once, not when its cached check runs out. */
    @EventListener
    void forget(StaffAccounts.StaffAccountChanged event) {
        cache.values().removeIf(c -> Long.valueOf(event.userId()).equals(c.authentication.getAttributes().get(ATTR_USER)));
    }

    private record Cached(Authentication authentication, long validUntil) {}

    private static Authentication ofStaff(StaffPrincipal p) {
        Map<String, Object> attributes = p.centerId() == null
                ? Map.of(ATTR_USER, p.userId())
                : Map.of(ATTR_USER, p.userId(), ATTR_CENTER, p.centerId());
        return Authentication.build(p.username(), List.of(p.role().name()), attributes);
    }

    private static Authentication ofDevice(DevicePrincipal d) {
        return Authentication.build("device:" + d.deviceId(), List.of(Roles.DEVICE, Roles.DEVICE + "_" + d.type().name()),
                Map.of(ATTR_DEVICE, d.deviceId(), ATTR_CENTER, d.centerId()));
    }
}
