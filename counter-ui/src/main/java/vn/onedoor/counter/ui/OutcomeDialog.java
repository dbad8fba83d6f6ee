package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.function.Consumer;
import vn.onedoor.queue.model.Outcomes;

/**
 * How the service ended: one large button per outcome, numbered 1–4 for the keyboard. The outcome
 * the counter's work suggests (a dossier received, a result handed over) is highlighted and
 * taken with Enter.
 */
final class OutcomeDialog extends Dialog {

    OutcomeDialog(String title, String suggested, Consumer<String> onChoose) {
        setHeaderTitle(title);
        Div choices = new Div();
        choices.addClassName("od-outcomes");
        int n = 1;
        for (String outcome : Outcomes.STANDARD) {
            Button b = new Button(getTranslation("counter.outcome." + outcome), e -> {
                close();
                onChoose.accept(outcome);
            });
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            b.setId("od-outcome-" + outcome);
            String key = String.valueOf(n++);
            b.addClickShortcut(com.vaadin.flow.component.Key.of(key));
            com.vaadin.flow.component.html.Span label = new com.vaadin.flow.component.html.Span(key);
            label.addClassName("od-key");
            b.setSuffixComponent(label);
            if (outcome.equals(suggested)) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                b.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
                b.setAutofocus(true);
            }
            choices.add(b);
        }
        add(choices);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()));
    }
}
