package vn.onedoor.app.vaadin;

import java.time.Clock;
import vn.onedoor.app.publicweb.DossierPageServlet;
import vn.onedoor.app.publicweb.PhoneRating;
import vn.onedoor.app.publicweb.StatsPageServlet;
import vn.onedoor.app.publicweb.TicketPageServlet;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.dossier.DossierStatistics;
import vn.onedoor.dossier.LookUpDossier;
import vn.onedoor.dossier.LookupRateLimiter;
import vn.onedoor.queue.PublicTicketStatus;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.InternalServerError;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.websocket.server.ServerContainer;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.tomcat.websocket.server.WsSci;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does for the embedded Tomcat what classpath scanning does in a servlet container: starts
 * Tomcat's WebSocket support (for Vaadin Push), then Vaadin's own initializers with the classes
 * they would have found — the routes are the bean definitions carrying {@code @Route}.
 */
@Singleton
public class VaadinStartup implements ServletContainerInitializer {

    static final String BEAN_CONTEXT_ATTRIBUTE = BeanContext.class.getName();
    /** A wall board may sit idle between calls; Vaadin's heartbeat keeps the socket used. */
    private static final long WEBSOCKET_IDLE_MILLIS = 30 * 60 * 1000L;
    private static final Logger LOG = LoggerFactory.getLogger(VaadinStartup.class);

    private final BeanContext beans;

    VaadinStartup(BeanContext beans) {
        this.beans = beans;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext ctx) throws ServletException {
        ctx.setAttribute(BEAN_CONTEXT_ATTRIBUTE, beans);
        new WsSci().onStartup(null, ctx);
        if (ctx.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer ws) {
            ws.setDefaultMaxSessionIdleTimeout(WEBSOCKET_IDLE_MILLIS);
        }
        // More specific than Vaadin's /*: the light page a ticket's QR code opens on a phone.
        ctx.addServlet("ticket-page", new TicketPageServlet(beans.getBean(PublicTicketStatus.class))).addMapping("/t/*");
        // The page a dossier receipt's QR code opens, and the center's published results.
        ctx.addServlet("dossier-page", new DossierPageServlet(beans.getBean(LookUpDossier.class),
                beans.getBean(LookupRateLimiter.class), beans.getBean(PhoneRating.class))).addMapping("/hs", "/hs/*");
        ctx.addServlet("stats-page", new StatsPageServlet(beans.getBean(DossierStatistics.class),
                beans.getBean(CenterDirectory.class), beans.getBean(Clock.class))).addMapping("/thong-ke");
        Set<Class<?>> routes = routeClasses();
        new LookupServletContainerInitializer().onStartup(
                Set.of(LookupInitializer.class, MicronautInstantiatorFactory.class), ctx);
        new RouteRegistryInitializer().onStartup(routes, ctx);
        new ErrorNavigationTargetInitializer().onStartup(
                new HashSet<>(Set.of(NotFoundView.class, InternalServerError.class)), ctx);
        new VaadinAppShellInitializer().onStartup(Set.of(AppShell.class), ctx);
        LOG.info("Vaadin routes: {}", routes.stream().map(Class::getSimpleName).sorted().toList());
    }

    private Set<Class<?>> routeClasses() {
        return beans.getBeanDefinitions(Qualifiers.byStereotype(Route.class)).stream()
                .map(BeanDefinition::getBeanType)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
