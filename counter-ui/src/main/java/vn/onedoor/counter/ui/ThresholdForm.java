package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import vn.onedoor.queue.AlertThresholds;

/** Where the manager sets when the dashboard raises an alert. */
final class ThresholdForm extends Div {

    final IntegerField maxWaiting = field("manage.threshold.waiting");
    final IntegerField maxWaitMinutes = field("manage.threshold.minutes");
    final Button save;

    ThresholdForm(Consumer<AlertThresholds> onSave) {
        addClassName("od-thresholds");
        save = new Button(getTranslation("manage.threshold.save"), e -> {
            if (maxWaiting.getValue() != null && maxWaitMinutes.getValue() != null
                    && !maxWaiting.isInvalid() && !maxWaitMinutes.isInvalid()) {
                onSave.accept(new AlertThresholds(maxWaiting.getValue(), maxWaitMinutes.getValue()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(maxWaiting, maxWaitMinutes, save);
    }

    private IntegerField field(String key) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(1);
        f.setMax(999);
        f.setStepButtonsVisible(true);
        f.setRequiredIndicatorVisible(true);
        return f;
    }

    void show(AlertThresholds t) {
        maxWaiting.setValue(t.maxWaiting());
        maxWaitMinutes.setValue(t.maxWaitMinutes());
    }
}
