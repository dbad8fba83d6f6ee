package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;

/** Says plainly that a service is not offered on this kiosk yet, and where to go instead. */
final class NotYetAvailable extends Div {

    NotYetAvailable(KioskView kiosk, String titleKey) {
        addClassName("od-kiosk-panel");
        NativeButton back = new NativeButton(getTranslation("kiosk.back"), e -> kiosk.home());
        back.addClassName("od-back");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation("kiosk.not-yet")), back);
    }
}
