package vn.onedoor.counter.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.device.DeviceOverview;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.Pairing;
import vn.onedoor.device.Peripherals;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.StaffUser;

/** Administration: staff accounts, and the devices of the center with their pairing, parameters and live status. */
@Route("admin")
@Prototype
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    public AdminView(CenterDirectory directory, StaffAccounts accounts, DeviceRegistry devices, DeviceOverview overview,
            Pairing pairing, Peripherals peripherals) {
        setPadding(false);
        Optional<Center> center = StaffHome.center(directory);
        add(new StaffHome(getTranslation("admin.title"), center));
        Grid<StaffUser> users = new Grid<>();
        users.addColumn(StaffUser::username).setHeader(getTranslation("admin.username")).setAutoWidth(true);
        users.addColumn(StaffUser::fullName).setHeader(getTranslation("admin.full-name"));
        users.addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("admin.role"));
        users.setItems(accounts.users());
        users.setAllRowsVisible(true);

        add(new H3(getTranslation("admin.users")), users, new H3(getTranslation("admin.devices")));
        center.ifPresent(c -> add(new DevicesPanel(c.id(), overview, devices, pairing, peripherals,
                directory.counters(c.id()).stream().map(vn.onedoor.center.CounterOverview::counter).toList())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title");
    }
}
