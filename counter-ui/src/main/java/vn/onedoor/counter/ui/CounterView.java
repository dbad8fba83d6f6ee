package vn.onedoor.counter.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.center.CounterOverview;

/** The officer's counter screen: for now, the counters of the center and what each serves. */
@Route("counter")
@Prototype
@RolesAllowed({"OFFICER", "MANAGER", "ADMIN"})
public class CounterView extends VerticalLayout implements HasDynamicTitle {

    public CounterView(CenterDirectory directory) {
        setPadding(false);
        Optional<Center> center = StaffHome.center(directory);
        add(new StaffHome(getTranslation("counter.title"), center));
        List<CounterOverview> counters = center.map(c -> directory.counters(c.id())).orElse(List.of());
        add(new Paragraph(getTranslation("counter.choose")), new CounterGrid(counters));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counter.title");
    }
}
