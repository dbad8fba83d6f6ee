package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Arrays;
import vn.onedoor.queue.model.Priority;

/** The statutory priority categories; the officer checks the papers at the counter. */
final class PriorityChoice extends Div {

    PriorityChoice(KioskView kiosk) {
        addClassName("od-kiosk-panel");
        Paragraph note = new Paragraph(getTranslation("kiosk.priority.note"));
        note.addClassName("od-note");
        Div choices = new Div();
        choices.addClassName("od-priority-choices");
        Arrays.stream(Priority.values()).filter(Priority::isPriority).forEach(p -> {
            Span title = new Span(getTranslation("priority." + p));
            title.addClassName("od-door-title");
            Span hint = new Span(getTranslation("priority." + p + ".hint"));
            hint.addClassName("od-door-hint");
            NativeButton choice = new NativeButton();
            choice.add(title, hint);
            choice.addClassName("od-door");
            choice.setId("priority-" + p.name().toLowerCase());
            choice.addClickListener(e -> kiosk.takeNumber(p));
            choices.add(choice);
        });
        NativeButton back = new NativeButton(getTranslation("kiosk.back"), e -> kiosk.takeNumber(Priority.NORMAL));
        back.addClassName("od-back");
        add(new H2(getTranslation("kiosk.priority.title")), note, choices, back);
    }
}
