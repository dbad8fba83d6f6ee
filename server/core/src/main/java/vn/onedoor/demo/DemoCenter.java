package vn.onedoor.demo;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceType;
import vn.onedoor.identity.Role;
import vn.onedoor.identity.StaffAccounts;

/**
 * The demo center (Long An provincial center): catalog, service groups, counters, the demo logins
 * ({@code admin}, {@code manager}, {@code officer1…12}, password {@code demo}) and the demo device
 * tokens. Each part is added only when missing, so a crash half-way is mended on the next start.
 */
@Singleton
public class DemoCenter {

    public static final String CENTER_CODE = "LA-TTHCC";
    public static final String PASSWORD = "demo";
    public static final int COUNTERS = 12;
    public static final String KIOSK_TOKEN = "demo-kiosk-1";
    private static final String SCRIPT = "/demo/demo-center.sql";
    private static final Logger LOG = LoggerFactory.getLogger(DemoCenter.class);

    private final TransactionOperations<Connection> transactions;
    private final CenterDirectory directory;
    private final StaffAccounts accounts;
    private final DeviceRegistry devices;

    DemoCenter(TransactionOperations<Connection> transactions, CenterDirectory directory, StaffAccounts accounts, DeviceRegistry devices) {
        this.transactions = transactions;
        this.directory = directory;
        this.accounts = accounts;
        this.devices = devices;
    }

    public Center install() {
        Center center = findCenter().orElseGet(() -> {
            runScript();
            return findCenter().orElseThrow(() -> new IllegalStateException(SCRIPT + " did not create " + CENTER_CODE));
        });
        installAccounts(center);
        installDevices(center);
        return center;
    }

    private Optional<Center> findCenter() {
        return directory.centers().stream().filter(c -> CENTER_CODE.equals(c.code())).findFirst();
    }

    private void installAccounts(Center center) {
        List<String> existing = accounts.users().stream().map(u -> u.username()).toList();
        addUser(existing, "admin", "Quản trị hệ thống", Role.ADMIN, null);
        addUser(existing, "manager", "Nguyễn Thị Thu Hà", Role.MANAGER, center.id());
        for (int i = 1; i <= COUNTERS; i++) {
            addUser(existing, "officer" + i, "Cán bộ quầy " + i, Role.OFFICER, center.id());
        }
    }

    private void addUser(List<String> existing, String username, String fullName, Role role, Long centerId) {
        if (!existing.contains(username)) {
            accounts.createForDemo(username, fullName, PASSWORD, role, centerId);
        }
    }

    private void installDevices(Center center) {
        addDevice(center, DeviceType.KIOSK, "Ki-ốt sảnh chính", null, KIOSK_TOKEN);
        addDevice(center, DeviceType.DISPLAY, "Màn hình sảnh chính", null, "demo-board-1");
        for (CounterOverview c : directory.counters(center.id())) {
            int n = c.counter().number();
            addDevice(center, DeviceType.RATING, "Thiết bị đánh giá quầy " + n, c.counter().id(), "demo-rating-" + n);
        }
    }

    private void addDevice(Center center, DeviceType type, String name, Long counterId, String token) {
        if (devices.authenticate(token).isEmpty()) {
            devices.registerWithToken(center.id(), type, name, counterId, token);
        }
    }

    private void runScript() {
        List<String> statements = statements();
        transactions.executeWrite(status -> {
            try (Statement s = status.getConnection().createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not load the demo center", e);
            }
            return null;
        });
        LOG.info("Loaded the demo center {} ({} statements)", CENTER_CODE, statements.size());
    }

    /** Statements end with ';' at the end of a line; whole-line '--' comments are skipped. */
    static List<String> statements() {
        try (InputStream in = DemoCenter.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String withoutComments = String.join("\n",
                    text.lines().filter(l -> !l.stripLeading().startsWith("--")).toList());
            return Arrays.stream(withoutComments.split(";\\s*(\\R|$)"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + SCRIPT, e);
        }
    }
}
