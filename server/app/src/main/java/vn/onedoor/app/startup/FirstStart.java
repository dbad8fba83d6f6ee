package vn.onedoor.app.startup;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.Console;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.demo.DemoCenter;
import vn.onedoor.identity.AdminBootstrap;

/**
 * Before the server takes requests: loads the demo center when asked, and makes sure someone
 * can sign in. Without demo data there are no default credentials: the administrator password
 * comes from {@code --admin-password} / {@code ONEDOOR_ADMIN_PASSWORD}, or is asked for on the console.
 */
@Singleton
public class FirstStart {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final DemoCenter demo;
    private final AdminBootstrap bootstrap;
    private final boolean demoMode;
    private final Optional<String> adminPassword;

    FirstStart(DemoCenter demo, AdminBootstrap bootstrap, @Value("${onedoor.demo:false}") boolean demoMode,
            @Nullable @Value("${onedoor.admin-password}") String adminPassword) {
        this.demo = demo;
        this.bootstrap = bootstrap;
        this.demoMode = demoMode;
        this.adminPassword = Optional.ofNullable(adminPassword);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (demoMode) {
            long t0 = System.nanoTime();
            demo.install();
            LOG.info("Demo center ready ({} ms); logins admin, manager, officer1..officer12 with password '{}'",
                    (System.nanoTime() - t0) / 1_000_000, DemoCenter.PASSWORD);
            return;
        }
        AdminBootstrap.Outcome outcome = bootstrap.ensureAdmin(adminPassword.or(FirstStart::askOnConsole));
        switch (outcome) {
            case PASSWORD_MISSING -> throw new IllegalStateException("No account exists yet. Give the administrator "
                    + "password with --admin-password=... or ONEDOOR_ADMIN_PASSWORD (at least 8 characters), "
                    + "or start with --demo for the demo center.");
            case PASSWORD_TOO_SHORT -> throw new IllegalStateException(
                    "The administrator password must have at least 8 characters.");
            case ADMIN_CREATED, ACCOUNTS_EXIST -> LOG.info("Accounts: {}", outcome);
        }
    }

    private static Optional<String> askOnConsole() {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] first = console.readPassword("Mật khẩu quản trị mới / New administrator password: ");
        char[] again = console.readPassword("Nhập lại / Repeat: ");
        if (first == null || again == null || !Arrays.equals(first, again)) {
            console.printf("Mật khẩu không khớp / Passwords do not match%n");
            return Optional.empty();
        }
        return Optional.of(new String(first));
    }
}
