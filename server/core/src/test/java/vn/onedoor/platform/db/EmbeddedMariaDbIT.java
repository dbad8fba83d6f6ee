package vn.onedoor.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbIT {

    @TempDir Path dataDir;

    @Test
    void data_written_before_a_restart_is_there_after_it() throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            String url = db.createDatabase("onedoor");
            try (Connection c = DriverManager.getConnection(url, "root", ""); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE note (text VARCHAR(100)) CHARACTER SET utf8mb4");
                s.execute("INSERT INTO note VALUES ('Tiếp nhận hồ sơ đất đai')");
            }
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir)) {
            String url = db.createDatabase("onedoor");
            try (Connection c = DriverManager.getConnection(url, "root", "");
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT text FROM note")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Tiếp nhận hồ sơ đất đai");
            }
        }
    }
}
