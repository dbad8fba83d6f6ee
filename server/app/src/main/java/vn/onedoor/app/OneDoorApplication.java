package vn.onedoor.app;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import vn.onedoor.platform.db.EmbeddedMariaDb;

/** Starts OneDoor: the embedded MariaDB unless one is configured, then Micronaut with Vaadin. */
public final class OneDoorApplication {

    private static final Logger LOG = LoggerFactory.getLogger(OneDoorApplication.class);

    private OneDoorApplication() {}

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("onedoor: " + e.getMessage());
            System.err.println("usage: ./onedoor run [--demo] [--port=8080] [--data-dir=./data] [--admin-password=...]");
            System.exit(2);
            return;
        }
        try {
            start(options);
        } catch (EmbeddedDatabaseRefused e) {
            LOG.error(e.getMessage());
            LOG.debug("Why the embedded database did not start", e.getCause());
            System.err.println("onedoor: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The embedded database could not start; its message says why and what to do. */
    static final class EmbeddedDatabaseRefused extends RuntimeException {
        EmbeddedDatabaseRefused(IllegalStateException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A JDBC URL may carry {@code password=...}; logs must not. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    static ApplicationContext start(LaunchOptions options) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", options.port());
        properties.put("onedoor.demo", options.demo());
        if (System.getenv("ONEDOOR_DEVICES_EMBEDDED") == null && System.getProperty("onedoor.devices.embedded") == null) {
            // A single-PC center sets ONEDOOR_DEVICES_EMBEDDED=true; the demo always has its simulated printer.
            properties.put("onedoor.devices.embedded", options.demo());
        }
        properties.put("onedoor.data-dir", options.dataDir().toAbsolutePath().toString());
        options.adminPassword().ifPresent(p -> properties.put("onedoor.admin-password", p));
        if (options.externalDatabaseUrl().isEmpty()) {
            long t0 = System.nanoTime();
            EmbeddedMariaDb db;
            try {
                db = EmbeddedMariaDb.start(options.dataDir());
            } catch (IllegalStateException e) {
                throw new EmbeddedDatabaseRefused(e);
            }
            properties.put("datasources.default.url", db.createDatabase("onedoor"));
            properties.put("datasources.default.username", "root");
            properties.put("datasources.default.password", "");
            LOG.info("Embedded MariaDB on port {} with data in {} ({} ms)", db.port(),
                    options.dataDir().toAbsolutePath(), (System.nanoTime() - t0) / 1_000_000);
            ApplicationContext context = Micronaut.build(new String[0]).mainClass(OneDoorApplication.class)
                    .properties(properties).start();
            // The application lets go of its connections first, then the database stops cleanly.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (context.isRunning()) {
                    context.stop();
                }
                db.close();
            }, "embedded-mariadb-stop"));
            return context;
        }
        LOG.info("Using the external database {}", withoutSecrets(options.externalDatabaseUrl().get()));
        return Micronaut.build(new String[0]).mainClass(OneDoorApplication.class).properties(properties).start();
    }
}
