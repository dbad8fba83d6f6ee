package vn.onedoor.counter.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.identity.Caller;

/**
 * Administration: the province's centers (for the installation's administrators), and for the
 * center chosen on top its service groups, counters, staff, devices, settings and audit log, one
 * tab each. A center's own administrator sees their center only.
 */
@Route("admin")
@Prototype
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final AdminServices services;
    private final Div body = new Div();

    public AdminView(AdminServices services) {
        this.services = services;
        setPadding(false);
        body.setWidthFull();
    }

    /** The tab a link opens: {@code /admin?tab=staff}. */
    private String wanted = "";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (services.centers().setupNeeded()) {
            event.forwardTo("admin/setup");
            return;
        }
        wanted = event.getLocation().getQueryParameters().getSingleParameter("tab").orElse("");
        build();
    }

    /** The center the screen works on: the one chosen in this session, else the caller's, else the first. */
    private Optional<Center> chosen(Caller caller, List<Center> visible) {
        Long picked = (Long) VaadinSession.getCurrent().getAttribute(AdminSupport.CHOSEN_CENTER);
        return visible.stream().filter(c -> c.id().equals(picked)).findFirst()
                .or(() -> visible.stream().filter(c -> c.id().equals(caller.centerId())).findFirst())
                .or(() -> visible.stream().findFirst());
    }

    void build() {
        removeAll();
        body.removeAll();
        Caller caller = AdminSupport.caller();
        List<Center> visible = services.centers().visible(caller, false);
        Optional<Center> center = chosen(caller, visible);
        add(new StaffHome(getTranslation("admin.title"), center));
        if (caller.installationAdmin() && visible.size() > 1) {
            ComboBox<Center> pick = new ComboBox<>(getTranslation("admin.center.choose"));
            pick.setId("admin-center");
            pick.setItems(visible);
            pick.setItemLabelGenerator(c -> c.name() + (c.unitCode() == null ? "" : " · " + c.unitCode()));
            pick.setWidth("32em");
            center.ifPresent(pick::setValue);
            pick.addValueChangeListener(e -> {
                if (e.getValue() != null && e.isFromClient()) {
                    VaadinSession.getCurrent().setAttribute(AdminSupport.CHOSEN_CENTER, e.getValue().id());
                    build();
                }
            });
            add(pick);
        }
        TabSheet tabs = new TabSheet();
        tabs.setId("admin-tabs");
        tabs.setWidthFull();
        java.util.Map<String, com.vaadin.flow.component.tabs.Tab> byKey = new java.util.HashMap<>();
        java.util.Map<com.vaadin.flow.component.tabs.Tab, java.util.function.Supplier<com.vaadin.flow.component.Component>>
                panels = new java.util.HashMap<>();
        // a tab's panel is built when the tab is first shown: opening /admin reads only what it shows
        java.util.function.BiConsumer<String, java.util.function.Supplier<com.vaadin.flow.component.Component>> tab =
                (key, panel) -> {
                    Div holder = new Div();
                    holder.setWidthFull();
                    com.vaadin.flow.component.tabs.Tab t = tabs.add(getTranslation("admin.tab." + key), holder);
                    t.setId("admin-tab-" + key);
                    byKey.put(key, t);
                    panels.put(t, panel);
                };
        if (caller.installationAdmin()) {
            tab.accept("centers", () -> new CentersPanel(services, this::build));
        }
        center.ifPresent(c -> {
            tab.accept("groups", () -> new GroupsPanel(services, c));
            tab.accept("counters", () -> new CountersPanel(services, c));
            tab.accept("staff", () -> new StaffPanel(services, c));
            tab.accept("devices", () -> new DevicesPanel(c.id(), services.overview(), services.devices(),
                    services.pairing(), services.peripherals(), services.directory().counters(c.id()).stream()
                            .map(vn.onedoor.center.CounterOverview::counter).toList()));
            tab.accept("settings", () -> new SettingsPanel(services, c));
        });
        if (caller.installationAdmin()) {
            tab.accept("catalog", () -> new CatalogPanel(services));
        }
        tab.accept("audit", () -> new AuditPanel(services, center.orElse(null)));
        java.util.function.Consumer<com.vaadin.flow.component.tabs.Tab> fill = t -> {
            Div holder = (Div) tabs.getComponent(t);
            if (holder != null && holder.getChildren().findAny().isEmpty() && panels.containsKey(t)) {
                holder.add(panels.get(t).get());
            }
        };
        tabs.addSelectedChangeListener(e -> fill.accept(e.getSelectedTab()));
        if (byKey.containsKey(wanted)) {
            tabs.setSelectedTab(byKey.get(wanted));
        }
        fill.accept(tabs.getSelectedTab());
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
