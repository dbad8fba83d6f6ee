package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.DeviceView;

/** The citizens' kiosk: the center's services as large tiles. Ticket issuing builds on this. */
@Route("kiosk")
@Prototype
@DeviceView(DeviceType.KIOSK)
public class KioskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CenterDirectory directory;
    private final Catalog catalog;

    public KioskView(CenterDirectory directory, Catalog catalog) {
        this.directory = directory;
        this.catalog = catalog;
        setPadding(false);
        setSpacing(false);
        addClassName("od-kiosk");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SessionCenter.of(directory).ifPresentOrElse(this::show,
                () -> add(new Paragraph(getTranslation("common.no-center"))));
    }

    private void show(Center center) {
        Div header = new Div(new H1(center.name()));
        header.addClassName("od-header");
        H2 title = new H2(getTranslation("kiosk.services.title"));
        title.getStyle().set("margin", "var(--lumo-space-l) var(--lumo-space-l) 0");
        Div tiles = new Div();
        tiles.addClassName("od-tiles");
        for (ServiceGroup group : directory.serviceGroups(center.id())) {
            tiles.add(tile(group));
        }
        add(header, title, tiles);
    }

    private Div tile(ServiceGroup group) {
        Span prefix = new Span(group.prefix());
        prefix.addClassName("od-prefix");
        int procedures = catalog.proceduresOfServiceGroup(group.id()).size();
        Span count = new Span(getTranslation("kiosk.services.procedures", procedures));
        count.addClassName("od-muted");
        count.getStyle().set("font-size", "var(--lumo-font-size-m)").set("font-weight", "400");
        Div text = new Div(new Div(group.name()), count);
        Div tile = new Div(prefix, text);
        tile.addClassName("od-tile");
        tile.getElement().setAttribute("data-prefix", group.prefix());
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title");
    }
}
