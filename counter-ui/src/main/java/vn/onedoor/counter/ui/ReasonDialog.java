package vn.onedoor.counter.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Asks for a reason (a pause, a call out of turn); nothing happens without one. */
final class ReasonDialog extends Dialog {

    final TextField reason = new TextField();
    final Button confirm;

    ReasonDialog(String title, String label, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        reason.setLabel(label);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setMaxLength(255);
        confirm = new Button(getTranslation("counter.confirm"), e -> {
            close();
            onConfirm.accept(reason.getValue().strip());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickShortcut(Key.ENTER);
        reason.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        add(reason);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
        setWidth("32rem");
    }
}
