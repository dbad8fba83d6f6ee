package vn.onedoor.app.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Karibu's browserless Vaadin with the application's own wiring: the routes Micronaut knows, the
 * Micronaut-backed instantiator (so views get real services) and with it the access guard and the
 * resource-bundle translations.
 */
public final class MicronautMockVaadin {

    private MicronautMockVaadin() {}

    @SuppressWarnings("unchecked")
    public static void setup(BeanContext beans) {
        Set<Class<? extends Component>> routes = beans.getBeanDefinitions(Qualifiers.byStereotype(Route.class)).stream()
                .map(BeanDefinition::getBeanType)
                .map(type -> (Class<? extends Component>) type)
                .collect(Collectors.toCollection(HashSet::new));
        Routes karibuRoutes = new Routes(routes, new HashSet<>(), true);
        MockVaadin.setup(MockedUI::new, new MockVaadinServlet(karibuRoutes, MockedUI::new) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, MockedUI::new) {
                    @Override
                    protected Instantiator createInstantiator() {
                        return new MicronautInstantiator(this, beans);
                    }
                };
                service.init();
                karibuRoutes.register(service.getContext());
                return service;
            }
        });
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    /** Runs the UI's pending pushes until the condition holds, for at most five seconds. */
    static void awaitOnUi(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (true) {
            MockVaadin.clientRoundtrip();
            if (condition.getAsBoolean()) {
                return;
            }
            assertThat(Instant.now()).as("waited for the screen to update").isBefore(deadline);
            Thread.onSpinWait();
        }
    }
}
