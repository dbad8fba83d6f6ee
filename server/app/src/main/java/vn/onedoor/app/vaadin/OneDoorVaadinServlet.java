package vn.onedoor.app.vaadin;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.onedoor.app.publicweb.NotFoundPage;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.inject.Singleton;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebServlet;

/**
 * Vaadin's servlet at {@code /*}, registered by micronaut-servlet as a bean; Micronaut's own
 * dispatcher is mapped to {@code /api/*} in configuration.
 */
@Singleton
@WebServlet(value = "/*", asyncSupported = true, loadOnStartup = 1, initParams = {
        // A kiosk or wall board stays open all day: keep sessions that are alive by heartbeat.
        @WebInitParam(name = "closeIdleSessions", value = "false"),
        // No dev server is shipped; the pre-built bundle under META-INF/VAADIN/webapp is used.
        @WebInitParam(name = "productionMode", value = "true"),
        @WebInitParam(name = "heartbeatInterval", value = "60")})
public class OneDoorVaadinServlet extends VaadinServlet {

    /**
     * After a server restart an unattended board or kiosk finds its session gone: instead of a
     * "session expired" box that nobody will click, the page reloads itself and signs in again
     * with the device token in its address.
     */
    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        getService().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(false);
            return messages;
        });
    }

    /**
     * An address that is neither a screen (nor Vaadin's own requests, which go to a screen's
     * address or the root) nor a file the product ships gets a 404 page; Vaadin alone would answer
     * 200 with its page frame for any address.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (isUnknownAddress(request)) {
            NotFoundPage.send(request, response);
            return;
        }
        super.service(request, response);
    }

    private boolean isUnknownAddress(HttpServletRequest request) {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (path.equals("/") || path.startsWith("/VAADIN/")) {
            return false;
        }
        if (getService() instanceof ShippedResourcesService shipped && shipped.shipped(path) != null) {
            return false;
        }
        return ApplicationRouteRegistry.getInstance(getService().getContext())
                .getNavigationTarget(path.substring(1)).isEmpty();
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new ShippedResourcesService(this, configuration);
        service.init();
        return service;
    }
}
