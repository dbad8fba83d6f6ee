package vn.onedoor.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.onedoor.audit.AuditActor;
import vn.onedoor.audit.AuditLog;
import vn.onedoor.identity.internal.StaffToken;
import vn.onedoor.identity.internal.StaffTokenRepository;
import vn.onedoor.identity.internal.StaffUserRepository;
import vn.onedoor.platform.db.DatabaseErrors;
import vn.onedoor.platform.db.Jdbc;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.security.Secrets;

/**
 * Staff accounts: creation, password sign-in (each written to the audit log, refused ones too),
 * the change of one's own password, and the bearer tokens handed out at sign-in.
 */
@Singleton
public class StaffAccounts {

    /** A token lasts one working shift and a half. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private final StaffUserRepository users;
    private final StaffTokenRepository tokens;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<StaffAccountChanged> changes;

    StaffAccounts(StaffUserRepository users, StaffTokenRepository tokens, Clock clock, AuditLog audit,
            TransactionOperations<Connection> transactions, ApplicationEventPublisher<StaffAccountChanged> changes) {
        this.users = users;
        this.tokens = tokens;
        this.hasher = new PasswordHasher();
        this.clock = clock;
        this.audit = audit;
        this.transactions = transactions;
        this.changes = changes;
    }

    /** The outcome of a sign-in: the principal, or why there is none. */
    public record SignIn(@Nullable StaffPrincipal principal, boolean refused) {

        public boolean mustChangePassword() {
            return principal != null && principal.mustChangePassword();
        }
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
        return users.save(new StaffUser(null, username, fullName, hasher.hash(password), role, centerId, true, false));
    }

    public boolean anyUser() {
        return users.count() > 0;
    }

    public List<StaffUser> users() {
        return users.listOrderByUsername();
    }

    public Optional<StaffUser> user(long id) {
        return users.findById(id);
    }

    public Optional<StaffUser> user(String username) {
        return users.findByUsername(username);
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

    /**
     * A sign-in from a screen or the API, written to the audit log with the address it came from,
     * whether it succeeds or not. A refused sign-in says nothing of why (unknown name, wrong
     * password or disabled account look the same).
     */
    public SignIn signIn(String username, String password, @Nullable String address) {
        Optional<StaffPrincipal> principal = authenticate(username, password);
        String name = username == null ? "" : username.strip();
        write(c -> audit.write(c, new AuditActor(principal.map(StaffPrincipal::userId).orElse(null),
                        name.length() > 64 ? name.substring(0, 64) : name, address),
                principal.map(StaffPrincipal::centerId).orElse(null), principal.isPresent() ? "SIGN_IN" : "SIGN_IN_REFUSED",
                "staff_user", principal.map(StaffPrincipal::userId).orElse(null), null, null, null));
        return new SignIn(principal.orElse(null), principal.isEmpty());
    }

    /**
     * Changes one's own password: the current one must be right, the new one must follow the
     * {@link PasswordPolicy} and differ from the current one. The account's tokens are revoked, so
     * a token taken with the old password is worth nothing.
     */
    public StaffPrincipal changeOwnPassword(String username, String current, String next, @Nullable String address) {
        StaffUser user = users.findByUsername(username).filter(StaffUser::enabled)
                .filter(u -> hasher.matches(current, u.passwordHash()))
                .orElseThrow(() -> Rejection.invalidField("currentPassword", "WRONG_PASSWORD",
                        "The current password is not right"));
        PasswordPolicy.check(user.username(), next);
        if (next.equals(current)) {
            throw Rejection.invalidField("password", "PASSWORD_UNCHANGED", "The new password is the current one");
        }
        write(c -> {
            setPassword(c, user.id(), next, false);
            audit.write(c, new AuditActor(user.id(), user.username(), address), user.centerId(), "PASSWORD_CHANGED",
                    "staff_user", user.id(), null, null, null);
        });
        changes.publishEvent(new StaffAccountChanged(user.id()));
        return users.findById(user.id()).orElseThrow().principal();
    }

    /**
     * Sets an account's password on the caller's connection (administration's reset, one's own
     * change) and revokes its tokens.
     */
    public void setPassword(Connection c, long userId, String password, boolean mustChange) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE staff_user SET password_hash = ?, "
                + "must_change_password = ?, password_changed_at = ? WHERE id = ?")) {
            ps.setString(1, hasher.hash(password));
            ps.setBoolean(2, mustChange);
            Jdbc.setInstant(ps, 3, clock.instant());
            ps.setLong(4, userId);
            ps.executeUpdate();
        }
        revokeTokens(c, userId);
    }

    /** Revokes every token of an account (disabled, password reset): effective at once, caches included. */
    public void revokeTokens(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM staff_token WHERE user_id = ?")) {
            ps.setLong(1, userId);
            ps.executeUpdate();
        }
    }

    /** Tells the token caches that an account changed (disabled, password, role, center); after the commit. */
    public void changed(long userId) {
        changes.publishEvent(new StaffAccountChanged(userId));
    }

    /** The hash a new account's password gets. */
    public String hash(String password) {
        return hasher.hash(password);
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

    /** The account as it is now, for a screen session that signed in earlier: empty once it is disabled. */
    public Optional<StaffPrincipal> current(long userId) {
        return users.findById(userId).filter(StaffUser::enabled).map(StaffUser::principal);
    }

    public record IssuedToken(String token, Instant expiresAt) {}

    /** An account changed: caches of its sign-in must be dropped. */
    public record StaffAccountChanged(long userId) {}

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void write(Work work) {
        transactions.executeWrite(status -> {
            try {
                work.run(status.getConnection());
                return null;
            } catch (SQLException e) {
                throw DatabaseErrors.translate(e);
            }
        });
    }
}
