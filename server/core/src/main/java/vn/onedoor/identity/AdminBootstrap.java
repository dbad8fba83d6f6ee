package vn.onedoor.identity;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First start without demo data: there are no default credentials, so the administrator's
 * password must be given (command line or environment) before anyone can sign in.
 */
@Singleton
public class AdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccounts accounts;

    AdminBootstrap(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /** Creates the {@code admin} account when there is no account yet; tells whether sign-in is possible. */
    public Outcome ensureAdmin(Optional<String> password) {
        if (accounts.anyUser()) {
            return Outcome.ACCOUNTS_EXIST;
        }
        if (password.isEmpty()) {
            return Outcome.PASSWORD_MISSING;
        }
        if (password.get().length() < StaffAccounts.MIN_PASSWORD_LENGTH) {
            return Outcome.PASSWORD_TOO_SHORT;
        }
        accounts.create("admin", "Quản trị hệ thống", password.get(), Role.ADMIN, null);
        LOG.info("Created the administrator account 'admin'");
        return Outcome.ADMIN_CREATED;
    }

    public enum Outcome {
        ACCOUNTS_EXIST,
        ADMIN_CREATED,
        PASSWORD_MISSING,
        PASSWORD_TOO_SHORT
    }
}
