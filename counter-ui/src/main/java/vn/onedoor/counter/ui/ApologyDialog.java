package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (003 Điều 11.3): why the dossier will be late and the
 * new date, which must come after the date promised now.
 */
final class ApologyDialog extends Dialog {

    final TextArea reason = new TextArea();
    final DatePicker newDate = new DatePicker();
    final Button confirm;

    ApologyDialog(LocalDate promised, int maxLength, BiConsumer<String, LocalDate> onConfirm) {
        setHeaderTitle(getTranslation("counter.dossier.step.apology"));
        reason.setLabel(getTranslation("counter.dossier.step.apology.reason"));
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.setMaxLength(maxLength);
        newDate.setLabel(getTranslation("counter.dossier.step.apology.date"));
        newDate.setMin(promised.plusDays(1));
        newDate.setHelperText(getTranslation("counter.dossier.step.apology.after", promised.format(DossierCard.DAY)));
        confirm = new Button(getTranslation("counter.confirm"), e -> {
            close();
            onConfirm.accept(reason.getValue().strip(), newDate.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        Runnable check = () -> confirm.setEnabled(!reason.getValue().isBlank() && newDate.getValue() != null
                && newDate.getValue().isAfter(promised));
        reason.addValueChangeListener(e -> check.run());
        newDate.addValueChangeListener(e -> check.run());
        Div form = new Div(reason, newDate);
        form.addClassName("od-dialog-form");
        add(form);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
        setWidth("40rem");
    }
}
