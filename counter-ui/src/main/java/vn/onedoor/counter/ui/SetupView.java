package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import vn.onedoor.admin.CenterAdmin;
import vn.onedoor.center.Center;

/**
 * The first start of an install without the demo: the administrator gives the first center's
 * name, receiving unit code, address, level, time zone and opening hours, and the center is ready
 * for its first ticket (group A and counter 1 come with it).
 */
@Route("admin/setup")
@Prototype
@RolesAllowed("ADMIN")
public class SetupView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final CenterAdmin centers;

    public SetupView(CenterAdmin centers) {
        this.centers = centers;
        setMaxWidth("60em");
        add(new StaffHome(getTranslation("admin.setup.title"), Optional.empty()));
        Paragraph intro = new Paragraph(getTranslation("admin.setup.intro"));
        CenterFields fields = new CenterFields();
        Button save = new Button(getTranslation("admin.setup.save"));
        save.setId("setup-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Center[] made = new Center[1];
            if (AdminSupport.attempt(this, fields.byField(), () -> made[0] = centers.setUpFirst(AdminSupport.caller(),
                    fields.form(), getTranslation("admin.first-group"), getTranslation("admin.first-counter")))) {
                Texts.done(this, "admin.setup.done", made[0].name());
                getUI().ifPresent(ui -> ui.navigate("admin"));
            }
        });
        UnorderedList next = new UnorderedList(new ListItem(getTranslation("admin.setup.next.1")),
                new ListItem(getTranslation("admin.setup.next.2")), new ListItem(getTranslation("admin.setup.next.3")),
                new ListItem(getTranslation("admin.setup.next.4")));
        add(intro, fields, save, new H3(getTranslation("admin.setup.next")), next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!centers.setupNeeded()) {
            event.forwardTo("admin");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.setup.title");
    }
}
