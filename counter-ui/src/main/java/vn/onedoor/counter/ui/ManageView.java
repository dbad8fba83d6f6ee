package vn.onedoor.counter.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.onedoor.catalog.Catalog;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;

/** The manager's dashboard: the center's queues and counters. Live figures come with the queue engine. */
@Route("manage")
@Prototype
@RolesAllowed({"MANAGER", "ADMIN"})
public class ManageView extends VerticalLayout implements HasDynamicTitle {

    public ManageView(CenterDirectory directory, Catalog catalog) {
        setPadding(false);
        Optional<Center> center = StaffHome.center(directory);
        add(new StaffHome(getTranslation("manage.title"), center));
        List<ServiceGroup> groups = center.map(c -> directory.serviceGroups(c.id())).orElse(List.of());
        Grid<ServiceGroup> groupGrid = new Grid<>();
        groupGrid.addColumn(ServiceGroup::prefix).setHeader(getTranslation("manage.prefix")).setAutoWidth(true);
        groupGrid.addColumn(ServiceGroup::name).setHeader(getTranslation("manage.group"));
        groupGrid.addColumn(g -> catalog.proceduresOfServiceGroup(g.id()).size())
                .setHeader(getTranslation("manage.procedures")).setAutoWidth(true);
        groupGrid.setItems(groups);
        groupGrid.setAllRowsVisible(true);

        List<CounterOverview> counters = center.map(c -> directory.counters(c.id())).orElse(List.of());
        add(new H3(getTranslation("manage.groups")), groupGrid, new H3(getTranslation("manage.counters")), new CounterGrid(counters));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title");
    }
}
