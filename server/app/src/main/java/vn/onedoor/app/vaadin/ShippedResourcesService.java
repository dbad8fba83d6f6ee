package vn.onedoor.app.vaadin;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import java.io.InputStream;
import java.net.URL;

/**
 * An embedded Tomcat context has no web application folder and does not look into jars, so
 * static resources (e.g. {@code /VAADIN/static/push/vaadinPush-min.js}) are found on the
 * classpath under {@code META-INF/resources}, as a servlet container would serve them from jars.
 */
class ClasspathFallbackService extends VaadinServletService {

    private static final String RESOURCES = "META-INF/resources";

    ClasspathFallbackService(VaadinServlet servlet, DeploymentConfiguration configuration) {
        super(servlet, configuration);
    }

    @Override
    public URL getStaticResource(String path) {
        URL url = super.getStaticResource(path);
        return url != null ? url : fromClasspath(path);
    }

    @Override
    public URL getResource(String path) {
        URL url = super.getResource(path);
        return url != null ? url : fromClasspath(path);
    }

    @Override
    public InputStream getResourceAsStream(String path) {
        InputStream in = super.getResourceAsStream(path);
        if (in != null) {
            return in;
        }
        return getClassLoader().getResourceAsStream(classpathName(path));
    }

    private URL fromClasspath(String path) {
        return getClassLoader().getResource(classpathName(path));
    }

    private static String classpathName(String path) {
        return RESOURCES + (path.startsWith("/") ? path : "/" + path);
    }
}
