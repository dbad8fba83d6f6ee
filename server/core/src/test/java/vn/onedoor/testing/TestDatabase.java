package vn.onedoor.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.onedoor.platform.db.EmbeddedMariaDb;

/**
 * A fresh, empty MariaDB database for each test context: on the embedded MariaDB (one server per
 * test JVM) or, when {@code ONEDOOR_TEST_DB_URL} is set, on that server (e.g. the local
 * 127.0.0.1:3306). Either way a real MariaDB.
 */
public final class TestDatabase {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static EmbeddedMariaDb embedded;

    private TestDatabase() {}

    /** Datasource properties of a new empty database. */
    public static synchronized Map<String, String> freshDatabase() {
        String name = "onedoor_t" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        String external = System.getenv("ONEDOOR_TEST_DB_URL");
        String url;
        String user;
        String password;
        if (external != null && !external.isBlank()) {
            user = envOr("ONEDOOR_TEST_DB_USER", "root");
            password = envOr("ONEDOOR_TEST_DB_PASSWORD", "");
            url = createOn(serverUrl(external), user, password, name);
            dropAtExit(serverUrl(external), user, password, name);
        } else {
            url = embedded().createDatabase(name);
            user = "root";
            password = "";
        }
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", user,
                "datasources.default.password", password,
                "datasources.default.driver-class-name", "org.mariadb.jdbc.Driver",
                "datasources.default.dialect", "MYSQL",
                "datasources.default.transaction-isolation", "TRANSACTION_READ_COMMITTED",
                "flyway.datasources.default.enabled", "true");
    }

    private static EmbeddedMariaDb embedded() {
        if (embedded == null) {
            embedded = EmbeddedMariaDb.startThrowAway("onedoor-test-mariadb-", sharedBinaries());
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        }
        return embedded;
    }

    /** The tests' servers share one copy of the binaries (334 MB), unpacked once per machine. */
    public static Path sharedBinaries() {
        return Path.of(System.getProperty("java.io.tmpdir"), "onedoor-test-mariadb-binaries");
    }

    private static String serverUrl(String url) {
        int slash = url.indexOf('/', "jdbc:mariadb://".length());
        return slash < 0 ? url + "/" : url.substring(0, slash + 1);
    }

    private static String createOn(String serverUrl, String user, String password, String name) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database on " + serverUrl, e);
        }
        return serverUrl + name;
    }

    /** Databases made on a shared server are dropped when the test JVM ends. */
    private static void dropAtExit(String serverUrl, String user, String password, String name) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(serverUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            } catch (SQLException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }));
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
