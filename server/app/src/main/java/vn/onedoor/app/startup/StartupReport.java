package vn.onedoor.app.startup;

import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints, once the port is open, how long the whole start took and where the screens are. */
@Singleton
public class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        String base = event.getSource().getURL().toString();
        LOG.info("OneDoor ready in {} ms since launch. Screens: {}/kiosk {}/counter {}/display {}/rating "
                + "{}/manage {}/admin · API {}/api/v1/health", sinceLaunch, base, base, base, base, base, base, base);
    }
}
