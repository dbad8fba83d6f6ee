package vn.onedoor.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A demo server with the embedded device agent and its simulated printers and displays, which
 * write what they print under the test's own data directory.
 */
public interface EmbeddedAgentTest extends DemoServerTest {

    /** The data directory of this test class's server: {@code printed/}, {@code forms/}… */
    Path dataDir();

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DemoServerTest.super.getProperties());
        properties.put("onedoor.devices.embedded", "true");
        properties.put("onedoor.data-dir", dataDir().toString());
        properties.put("onedoor.devices.heartbeat", "300ms");
        return properties;
    }

    static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
