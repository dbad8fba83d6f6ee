package vn.onedoor.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.onedoor.identity.internal.StaffToken;
import vn.onedoor.identity.internal.StaffTokenRepository;
import vn.onedoor.identity.internal.StaffUserRepository;
import vn.onedoor.platform.security.Secrets;

/** Staff accounts: creation, password sign-in and the bearer tokens handed out at sign-in. */
@Singleton
public class StaffAccounts {

    /** A token lasts one working shift and a half. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    public static final int MIN_PASSWORD_LENGTH = 8;

    private final StaffUserRepository users;
    private final StaffTokenRepository tokens;
    private final PasswordHasher hasher;
    private final Clock clock;

    StaffAccounts(StaffUserRepository users, StaffTokenRepository tokens, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.hasher = new PasswordHasher();
        this.clock = clock;
    }

    @Transactional
    public StaffUser create(String username, String fullName, String password, Role role, @Nullable Long centerId) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        return createForDemo(username, fullName, password, role, centerId);
    }

    /** Skips the length rule: only for the demo center, whose documented password is "demo". */
    @Transactional
    public StaffUser createForDemo(String username, String fullName, String password, Role role,
            @Nullable Long centerId) {
        if (username.isBlank() || password.isEmpty()) {
            throw new IllegalArgumentException("A username and a password are required");
        }
        return users.save(new StaffUser(null, username, fullName, hasher.hash(password), role, centerId, true));
    }

    public boolean anyUser() {
        return users.count() > 0;
    }

    public List<StaffUser> users() {
        return users.listOrderByUsername();
    }

    /** The name a paper or a screen shows for an account: the full name, or the username without one. */
    public Optional<String> displayName(long userId) {
        return users.findById(userId).map(u -> u.fullName() == null || u.fullName().isBlank() ? u.username()
                : u.fullName());
    }

    /** Checks a password; the same answer (empty) for an unknown user, a wrong password or a disabled account. */
    public Optional<StaffPrincipal> authenticate(String username, String password) {
        return users.findByUsername(username)
                .filter(StaffUser::enabled)
                .filter(u -> hasher.matches(password, u.passwordHash()))
                .map(StaffUser::principal);
    }

    @Transactional
    public IssuedToken issueToken(StaffPrincipal principal) {
        Instant now = clock.instant();
        tokens.deleteByExpiresAtLessThan(now);
        String token = Secrets.newToken();
        Instant expires = now.plus(TOKEN_LIFETIME);
        tokens.save(new StaffToken(Secrets.sha256Hex(token), principal.userId(), now, expires));
        return new IssuedToken(token, expires);
    }

    public Optional<StaffPrincipal> resolveToken(String token) {
        Instant now = clock.instant();
        return tokens.findById(Secrets.sha256Hex(token))
                .filter(t -> t.expiresAt().isAfter(now))
                .flatMap(t -> users.findById(t.userId()))
                .filter(StaffUser::enabled)
                .map(StaffUser::principal);
    }

    public record IssuedToken(String token, Instant expiresAt) {}
}
