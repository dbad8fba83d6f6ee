package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.queue.model.Ticket;

/**
 * The row of action buttons, each showing its shortcut. A button disables itself on click, so a
 * double click or a held key sends one action; the next {@link #update} enables what makes sense.
 */
final class DeskActions extends Div {

    private final Map<DeskAction, Button> buttons = new EnumMap<>(DeskAction.class);
    private CounterStatus status = CounterStatus.CLOSED;

    DeskActions(Consumer<DeskAction> handler) {
        addClassName("od-desk-actions");
        for (DeskAction action : DeskAction.values()) {
            if (action == DeskAction.RESUME) {
                continue; // shares the pause button
            }
            Button b = new Button(getTranslation(action.labelKey()));
            b.setSuffixComponent(new Span(action.keyLabel()));
            b.getSuffixComponent().getElement().getClassList().add("od-key");
            b.setDisableOnClick(true);
            b.addClickListener(e -> handler.accept(action == DeskAction.PAUSE && status == CounterStatus.PAUSED
                    ? DeskAction.RESUME : action));
            if (action.modifier == null) {
                b.addClickShortcut(action.key);
            } else {
                b.addClickShortcut(action.key, action.modifier);
            }
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            b.setId("od-action-" + action.name().toLowerCase().replace('_', '-'));
            buttons.put(action, b);
            add(b);
        }
        buttons.get(DeskAction.NEXT).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buttons.get(DeskAction.COMPLETE).addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        buttons.get(DeskAction.NO_SHOW).addThemeVariants(ButtonVariant.LUMO_ERROR);
    }

    Button button(DeskAction action) {
        return buttons.get(action == DeskAction.RESUME ? DeskAction.PAUSE : action);
    }

    void update(CounterStatus counterStatus, Ticket current, int recallsBeforeNoShow) {
        this.status = counterStatus;
        buttons.forEach((action, b) -> b.setEnabled(action == DeskAction.PAUSE
                ? counterStatus != CounterStatus.CLOSED
                : action.allowed(counterStatus, current, recallsBeforeNoShow)));
        Button pause = buttons.get(DeskAction.PAUSE);
        pause.setText(getTranslation((counterStatus == CounterStatus.PAUSED ? DeskAction.RESUME : DeskAction.PAUSE)
                .labelKey()));
    }
}
