package vn.onedoor.app.security;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import vn.onedoor.dossier.IntegrationKeys;

/**
 * An integrated one-stop system signs its requests with {@code X-Api-Key}; it gets the role
 * {@code INTEGRATION} and its key's center. Valid keys are trusted for {@link #CACHE_FOR}, so a
 * disabled key is refused at the latest that long after.
 */
@Singleton
public class ApiKeyAuthentication implements AuthenticationFetcher<HttpRequest<?>> {

    public static final String HEADER = "X-Api-Key";
    public static final String ATTR_KEY = "integrationKeyId";
    static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final int CACHE_LIMIT = 1_000;

    private final IntegrationKeys keys;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    ApiKeyAuthentication(IntegrationKeys keys) {
        this.keys = keys;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String key = request.getHeaders().get(HEADER);
        if (key == null || key.isBlank()) {
            return Publishers.empty();
        }
        long now = System.nanoTime();
        Cached hit = cache.get(key);
        if (hit != null && hit.validUntil - now > 0) {
            return Publishers.just(hit.authentication);
        }
        Optional<Authentication> found = keys.authenticate(key).map(c -> Authentication.build("integration:" + c.keyId(),
                List.of(Roles.INTEGRATION), Map.of(ATTR_KEY, c.keyId(), BearerTokenValidator.ATTR_CENTER, c.centerId())));
        found.ifPresent(a -> {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(key, new Cached(a, now + CACHE_FOR.toNanos()));
        });
        return found.map(Publishers::just).orElseGet(Publishers::empty);
    }

    private record Cached(Authentication authentication, long validUntil) {}
}
