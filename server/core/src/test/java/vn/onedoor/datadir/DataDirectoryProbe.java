package vn.onedoor.datadir;

import java.nio.file.Path;
import vn.onedoor.platform.db.EmbeddedMariaDb;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Run in a JVM of its own by {@link EmbeddedMariaDbRestartIT}, as the server runs: starts the
 * embedded MariaDB on a data directory given as the user gave it (relative paths resolve against
 * this JVM's working directory), adds one row, prints how many rows there are and waits to be
 * stopped with SIGTERM or killed.
 */
public final class DataDirectoryProbe {

    private DataDirectoryProbe() {}

    public static void main(String[] args) throws Exception {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), Path.of(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(db::close));
        String url = db.createDatabase("probe");
        try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS start (id INT AUTO_INCREMENT PRIMARY KEY, at TIMESTAMP(6))");
            s.execute("INSERT INTO start (at) VALUES (NOW(6))");
            try (ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM start")) {
                rows.next();
                System.out.println("ROWS " + rows.getLong(1));
            }
        }
        System.out.flush();
        Thread.currentThread().join();
    }
}
