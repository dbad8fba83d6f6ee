package vn.onedoor.app.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * micronaut-servlet creates a bare Tomcat context: without MIME mappings (Chromium then refuses
 * Vaadin's JavaScript modules and the page stays blank), and with the filesystem root as its
 * document root, so any servlet that asks the context for a file could hand out any file of the
 * machine. The context gets Tomcat's default MIME mappings and an empty document root of its own.
 */
@Singleton
public class TomcatContextSetup implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        // Tomcat's own error pages (a malformed address) name neither Tomcat nor its version.
        ErrorReportValve errors = new ErrorReportValve();
        errors.setShowReport(false);
        errors.setShowServerInfo(false);
        tomcat.getHost().getPipeline().addValve(errors);
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
                context.setDocBase(emptyDocumentRoot().toString());
            }
        }
        return tomcat;
    }

    private static Path emptyDocumentRoot() {
        try {
            Path root = Files.createTempDirectory("onedoor-docroot-");
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
