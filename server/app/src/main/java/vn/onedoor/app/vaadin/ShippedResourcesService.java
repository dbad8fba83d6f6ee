package vn.onedoor.app.vaadin;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Vaadin serves static files through its service; this one finds them only where the product
 * ships them, on the classpath under {@code META-INF/resources}, as a servlet container serves
 * them from jars. It never reads the servlet context's files: micronaut-servlet gives the embedded
 * Tomcat the filesystem root as its document root, and Vaadin's default lookup served any file of
 * the machine ({@code GET /etc/passwd}) to anyone.
 */
class ShippedResourcesService extends VaadinServletService {

    private static final String RESOURCES = "META-INF/resources";
    /** Segments that could leave the folder, escapes that could hide them, and odd characters. */
    private static final Pattern UNSAFE = Pattern.compile("(^|/)\\.{1,2}(/|$)|//|[\\\\%:;\\x00-\\x1f]");

    private volatile List<Path> roots;

    ShippedResourcesService(VaadinServlet servlet, DeploymentConfiguration configuration) {
        super(servlet, configuration);
    }

    @Override
    public URL getStaticResource(String path) {
        return shipped(path);
    }

    @Override
    public URL getResource(String path) {
        return shipped(path);
    }

    @Override
    public InputStream getResourceAsStream(String path) {
        URL url = shipped(path);
        if (url == null) {
            return null;
        }
        try {
            return url.openStream();
        } catch (IOException e) {
            return null;
        }
    }

    /** The shipped resource at {@code path}, or {@code null} for anything else. */
    URL shipped(String path) {
        if (path == null || path.isEmpty() || UNSAFE.matcher(path).find()) {
            return null;
        }
        URL url = getClassLoader().getResource(RESOURCES + (path.startsWith("/") ? path : "/" + path));
        if (url == null || "jar".equals(url.getProtocol())) {
            return url;
        }
        return "file".equals(url.getProtocol()) && insideARoot(url) ? url : null;
    }

    /**
     * A classpath folder (the tests' {@code target/classes}) may hold a symbolic link; what it
     * leads to is served only when it stays inside a resources folder.
     */
    private boolean insideARoot(URL url) {
        try {
            Path real = Path.of(url.toURI()).toRealPath();
            if (roots == null) {
                roots = directoryRoots(getClassLoader());
            }
            return Files.isRegularFile(real) && roots.stream().anyMatch(real::startsWith);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return false;
        }
    }

    private static List<Path> directoryRoots(ClassLoader loader) {
        try {
            List<Path> roots = new ArrayList<>();
            for (URL root : Collections.list(loader.getResources(RESOURCES))) {
                if ("file".equals(root.getProtocol())) {
                    roots.add(Path.of(root.toURI()).toRealPath());
                }
            }
            return List.copyOf(roots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
