package vn.onedoor.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import vn.onedoor.testing.DatabaseTest;

/**
 * A test context as a real install starts: its own empty MariaDB database, no demo, and only the
 * administrator's password given on the command line.
 */
public interface EmptyServerTest extends DatabaseTest {

    String ADMIN_PASSWORD = "Quantri@2026";

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put("onedoor.demo", "false");
        properties.put("onedoor.admin-password", ADMIN_PASSWORD);
        properties.put("micronaut.server.port", String.valueOf(freePort()));
        return properties;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
