package vn.onedoor.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import vn.onedoor.testing.DatabaseTest;

/** A test context with its own MariaDB database holding the demo center. */
public interface DemoServerTest extends DatabaseTest {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put("onedoor.demo", "true");
        // micronaut-servlet's Tomcat does not take "random port" (-1); hand it a free one.
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
