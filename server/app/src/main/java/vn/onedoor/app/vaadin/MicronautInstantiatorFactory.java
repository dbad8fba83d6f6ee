package vn.onedoor.app.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.BeanContext;

/** Found by Vaadin's lookup; hands Vaadin an instantiator backed by Micronaut's bean context. */
public class MicronautInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        if (service instanceof VaadinServletService servletService && servletService.getServlet() != null
                && servletService.getServlet().getServletContext()
                        .getAttribute(VaadinStartup.BEAN_CONTEXT_ATTRIBUTE) instanceof BeanContext beans) {
            return new MicronautInstantiator(service, beans);
        }
        return null;
    }
}
