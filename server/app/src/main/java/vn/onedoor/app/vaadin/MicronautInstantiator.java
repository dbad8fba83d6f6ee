package vn.onedoor.app.vaadin;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.BeanContext;
import java.util.stream.Stream;

/**
 * Views, layouts and listeners that Micronaut knows (annotated {@code @Prototype} or
 * {@code @Singleton}) come from the bean context, so their constructors get application services;
 * everything else Vaadin creates as usual.
 */
class MicronautInstantiator extends DefaultInstantiator {

    private final BeanContext beans;

    MicronautInstantiator(VaadinService service, BeanContext beans) {
        super(service);
        this.beans = beans;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return beans.containsBean(type) ? beans.getBean(type) : super.getOrCreate(type);
    }

    @Override
    public I18NProvider getI18NProvider() {
        return beans.findBean(I18NProvider.class).orElseGet(super::getI18NProvider);
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), beans.getBeansOfType(VaadinServiceInitListener.class).stream());
    }
}
