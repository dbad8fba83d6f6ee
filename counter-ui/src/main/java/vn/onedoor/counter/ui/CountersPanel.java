package vn.onedoor.counter.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.onedoor.admin.CounterForm;
import vn.onedoor.center.Center;
import vn.onedoor.center.CounterAssignment;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.device.Device;

/**
 * A center's counters: number, name, the groups each serves with its weight, and the devices
 * attached to it. A number used by another counter is refused; a counter an officer has open
 * cannot be removed.
 */
final class CountersPanel extends VerticalLayout {

    private final AdminServices services;
    private final Center center;
    private final Grid<CounterOverview> grid = new Grid<>();

    CountersPanel(AdminServices services, Center center) {
        this.services = services;
        this.center = center;
        setPadding(false);
        grid.setId("counters-grid");
        grid.addColumn(o -> o.counter().number()).setHeader(getTranslation("admin.counter.number")).setAutoWidth(true);
        grid.addColumn(o -> o.counter().name()).setHeader(getTranslation("admin.counter.name")).setFlexGrow(2);
        grid.addColumn(o -> o.serves().stream().map(a -> a.prefix() + " (" + a.weight() + ")")
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.counter.groups")).setFlexGrow(2);
        grid.addColumn(this::devices).setHeader(getTranslation("admin.counter.devices")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("admin.counter.add"), e -> dialog(null));
        add.setId("counter-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add, grid);
        refresh();
    }

    private String devices(CounterOverview o) {
        return services.devices().devices(center.id()).stream()
                .filter(d -> o.counter().id().equals(d.counterId())).map(Device::name).collect(Collectors.joining(", "));
    }

    private void refresh() {
        grid.setItems(services.counters().counters(AdminSupport.caller(), center.id()));
    }

    private HorizontalLayout actions(CounterOverview o) {
        Button edit = new Button(getTranslation("admin.edit"), e -> dialog(o));
        edit.setId("counter-edit-" + o.counter().number());
        Button remove = new Button(getTranslation("admin.remove"), e -> {
            if (AdminSupport.attempt(this, Map.of(), () -> services.counters().remove(AdminSupport.caller(),
                    o.counter().id()))) {
                Texts.done(this, "admin.counter.removed", o.counter().number());
                refresh();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(edit, remove);
        row.setSpacing(false);
        return row;
    }

    private record GroupRow(ServiceGroup group, Checkbox serves, IntegerField weight) {}

    private void dialog(CounterOverview existing) {
        Dialog d = new Dialog();
        d.setHeaderTitle(existing == null ? getTranslation("admin.counter.add")
                : getTranslation("admin.counter.edit", existing.counter().number()));
        IntegerField number = new IntegerField(getTranslation("admin.counter.number"));
        number.setId("counter-number");
        number.setMin(1);
        number.setMax(999);
        TextField name = new TextField(getTranslation("admin.counter.name"));
        name.setId("counter-name");
        FormLayout form = new FormLayout(number, name);
        VerticalLayout groups = new VerticalLayout(new H4(getTranslation("admin.counter.groups")));
        groups.setPadding(false);
        groups.setSpacing(false);
        List<GroupRow> rows = new ArrayList<>();
        for (ServiceGroup g : services.directory().serviceGroups(center.id())) {
            Checkbox serves = new Checkbox(g.prefix() + " – " + g.name());
            serves.setId("counter-serves-" + g.prefix());
            IntegerField weight = new IntegerField();
            weight.setId("counter-weight-" + g.prefix());
            weight.setMin(1);
            weight.setMax(100);
            weight.setValue(g.weight());
            weight.setWidth("6em");
            weight.setAriaLabel(getTranslation("admin.group.weight"));
            if (existing != null) {
                existing.serves().stream().filter(a -> a.serviceGroupId() == g.id().longValue()).findFirst()
                        .ifPresent((CounterAssignment a) -> {
                            serves.setValue(true);
                            weight.setValue(a.weight());
                        });
            }
            HorizontalLayout row = new HorizontalLayout(serves, weight);
            row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            groups.add(row);
            rows.add(new GroupRow(g, serves, weight));
        }
        if (existing != null) {
            number.setValue(existing.counter().number());
            name.setValue(existing.counter().name());
        } else {
            number.setValue(services.directory().counters(center.id()).stream()
                    .mapToInt(o -> o.counter().number()).max().orElse(0) + 1);
        }
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("name", name);
        Button save = new Button(getTranslation("admin.save"), e -> {
            CounterForm f = new CounterForm(number.getValue(), name.getValue(), rows.stream()
                    .filter(r -> r.serves().getValue())
                    .map(r -> new CounterForm.Serves(r.group().id(), r.weight().getValue())).toList());
            if (AdminSupport.attempt(this, fields, () -> {
                if (existing == null) {
                    services.counters().create(AdminSupport.caller(), center.id(), f);
                } else {
                    services.counters().update(AdminSupport.caller(), existing.counter().id(), f);
                }
            })) {
                d.close();
                Texts.done(this, "admin.saved");
                refresh();
            }
        });
        save.setId("counter-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(form, groups);
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.setWidth("44em");
        d.open();
    }
}
