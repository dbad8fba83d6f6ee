package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;

/** Where a kiosk, board or rating screen lands when opened without a valid device token. */
@Route("device-required")
@Prototype
@AnonymousAllowed
public class DeviceRequiredView extends VerticalLayout implements HasDynamicTitle {

    public DeviceRequiredView() {
        setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation("device-required.title")),
                new Paragraph(getTranslation("device-required.explain")),
                new Paragraph(getTranslation("device-required.staff")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("device-required.title");
    }
}
