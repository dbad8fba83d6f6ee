package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import vn.onedoor.queue.model.Priority;

/** The four doors of the kiosk: take a number, look up a dossier, procedures and forms, rate. */
final class KioskHome extends Div {

    KioskHome(KioskView kiosk) {
        addClassName("od-kiosk-home");
        add(door("take", "kiosk.home.take", "kiosk.home.take.hint", () -> kiosk.takeNumber(Priority.NORMAL)),
                door("lookup", "kiosk.home.lookup", "kiosk.home.lookup.hint", kiosk::lookUpDossier),
                door("procedures", "kiosk.home.procedures", "kiosk.home.procedures.hint", kiosk::procedures),
                door("rate", "kiosk.home.rate", "kiosk.home.rate.hint", kiosk::rate));
    }

    private NativeButton door(String id, String titleKey, String hintKey, Runnable action) {
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("od-door-title");
        Span hint = new Span(getTranslation(hintKey));
        hint.addClassName("od-door-hint");
        NativeButton door = new NativeButton();
        door.add(title, hint);
        door.addClassName("od-door");
        door.setId("door-" + id);
        door.addClickListener(e -> action.run());
        return door;
    }
}
