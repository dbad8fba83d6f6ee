package vn.onedoor.counter.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/**
 * Asks for a reason (a pause, a call out of turn, a refusal) or a written instruction (what papers
 * to bring); nothing happens without one. A long text is a text area, confirmed with Ctrl+Enter.
 */
final class ReasonDialog extends Dialog {

    final TextFieldBase<?, String> reason;
    final Button confirm;

    ReasonDialog(String title, String label, Consumer<String> onConfirm) {
        this(title, label, 255, onConfirm);
    }

    ReasonDialog(String title, String label, int maxLength, Consumer<String> onConfirm) {
        setHeaderTitle(title);
        boolean longText = maxLength > 255;
        reason = longText ? new TextArea() : new TextField();
        reason.setLabel(label);
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.getElement().setProperty("maxlength", maxLength);
        confirm = new Button(getTranslation("counter.confirm"), e -> {
            close();
            onConfirm.accept(reason.getValue().strip());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        if (longText) {
            confirm.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        } else {
            confirm.addClickShortcut(Key.ENTER);
        }
        reason.addValueChangeListener(e -> confirm.setEnabled(!e.getValue().isBlank()));
        add(reason);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
        setWidth(longText ? "40rem" : "32rem");
    }
}
