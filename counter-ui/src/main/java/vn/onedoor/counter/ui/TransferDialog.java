package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;

/** Sends the citizen on: to another service group or to one counter, keeping their place or at the end. */
final class TransferDialog extends Dialog {

    /** Exactly one of the two targets is set. */
    interface Target {
        void transfer(Long toServiceGroupId, Long toCounterId, boolean keepPlace);
    }

    final RadioButtonGroup<Boolean> toGroup = new RadioButtonGroup<>();
    final Select<ServiceGroup> group = new Select<>();
    final Select<CounterOverview> counter = new Select<>();
    final Checkbox keepPlace = new Checkbox();
    final Button confirm;

    TransferDialog(List<ServiceGroup> groups, List<CounterOverview> counters, Target target) {
        setHeaderTitle(getTranslation("counter.transfer.title"));
        toGroup.setItems(true, false);
        toGroup.setItemLabelGenerator(g -> getTranslation(g ? "counter.transfer.to-group" : "counter.transfer.to-counter"));
        toGroup.setValue(true);
        group.setLabel(getTranslation("counter.transfer.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(g -> g.prefix() + " · " + g.name());
        counter.setLabel(getTranslation("counter.transfer.counter"));
        counter.setItems(counters);
        counter.setItemLabelGenerator(k -> getTranslation("counter.transfer.counter-item", k.counter().number(),
                k.counter().name(), k.prefixes()));
        counter.setVisible(false);
        group.setId("od-transfer-group");
        group.setWidthFull();
        counter.setWidthFull();
        keepPlace.setLabel(getTranslation("counter.transfer.keep-place"));
        keepPlace.setValue(true);
        confirm = new Button(getTranslation("counter.transfer.confirm"), e -> {
            close();
            boolean byGroup = toGroup.getValue();
            target.transfer(byGroup ? group.getValue().id() : null, byGroup ? null : counter.getValue().counter().id(),
                    keepPlace.getValue());
        });
        confirm.setId("od-transfer-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        toGroup.addValueChangeListener(e -> {
            group.setVisible(e.getValue());
            counter.setVisible(!e.getValue());
            updateConfirm();
        });
        group.addValueChangeListener(e -> updateConfirm());
        counter.addValueChangeListener(e -> updateConfirm());
        com.vaadin.flow.component.html.Div form = new com.vaadin.flow.component.html.Div(toGroup, group, counter,
                keepPlace);
        form.addClassName("od-dialog-form");
        add(form);
        getFooter().add(new Button(getTranslation("counter.cancel"), e -> close()), confirm);
        setWidth("36rem");
    }

    private void updateConfirm() {
        confirm.setEnabled(toGroup.getValue() ? group.getValue() != null : counter.getValue() != null);
    }
}
