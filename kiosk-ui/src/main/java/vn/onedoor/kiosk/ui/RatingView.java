package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.Optional;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.DeviceView;

/**
 * The rating terminal beside a counter: shows which counter it belongs to. The vote itself
 * comes with the ratings feature; until then the screen says it waits for a handover.
 */
@Route("rating")
@Prototype
@DeviceView(DeviceType.RATING)
public class RatingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CenterDirectory directory;

    public RatingView(CenterDirectory directory) {
        this.directory = directory;
        setAlignItems(Alignment.CENTER);
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        // A terminal shows its own counter; staff previewing the screen see the first counter.
        Optional<DevicePrincipal> device = SessionCenter.device();
        Optional<CounterOverview> counter = SessionCenter.of(directory).flatMap(center ->
                directory.counters(center.id()).stream()
                        .filter(c -> device.isEmpty() || c.counter().id().equals(device.get().counterId()))
                        .findFirst());
        Div header = new Div(new H1(getTranslation("rating.title")));
        header.addClassName("od-header");
        add(header);
        counter.ifPresentOrElse(c -> {
            H2 name = new H2(c.counter().name());
            name.addClassName("od-rating-counter");
            add(name, new Paragraph(getTranslation("rating.serves", c.prefixes())),
                    new Paragraph(getTranslation("rating.waiting")));
        }, () -> add(new Paragraph(getTranslation("rating.no-counter"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rating.title");
    }
}
