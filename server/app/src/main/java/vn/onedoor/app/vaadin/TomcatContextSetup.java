package vn.onedoor.app.vaadin;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;

/**
 * micronaut-servlet creates a bare Tomcat context without MIME mappings; Chromium then refuses
 * Vaadin's JavaScript modules and the page stays blank. Add Tomcat's defaults.
 */
@Singleton
public class TomcatMimeTypes implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
            }
        }
        return tomcat;
    }
}
