package vn.onedoor.counter.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.onedoor.admin.StaffAdmin;
import vn.onedoor.admin.StaffForm;
import vn.onedoor.center.Center;
import vn.onedoor.center.Counter;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.identity.Caller;
import vn.onedoor.identity.Role;
import vn.onedoor.identity.PasswordPolicy;

/**
 * Staff accounts, a page at a time (a province has thousands): search, create, edit, disable or
 * enable, and reset a password to a one-time password shown once to hand over.
 */
final class StaffPanel extends VerticalLayout {

    private final AdminServices services;
    private final Center center;
    private final Grid<StaffAdmin.StaffRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox everyCenter = new Checkbox();

    StaffPanel(AdminServices services, Center center) {
        this.services = services;
        this.center = center;
        setPadding(false);
        Caller caller = AdminSupport.caller();
        Map<Long, String> centerNames = services.directory().allCenters().stream()
                .collect(Collectors.toMap(Center::id, Center::name));
        grid.setId("staff-grid");
        grid.addColumn(StaffAdmin.StaffRow::username).setHeader(getTranslation("admin.username")).setAutoWidth(true);
        grid.addColumn(StaffAdmin.StaffRow::fullName).setHeader(getTranslation("admin.full-name")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("role." + r.role().name())).setHeader(getTranslation("admin.role"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.centerId() == null ? getTranslation("admin.staff.installation")
                : centerNames.getOrDefault(r.centerId(), "")).setHeader(getTranslation("admin.staff.center"))
                .setFlexGrow(2);
        grid.addColumn(r -> r.enabled() ? (r.mustChangePassword() ? getTranslation("admin.staff.one-time") : "")
                : getTranslation("admin.staff.disabled")).setHeader(getTranslation("admin.staff.state")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setPageSize(50);
        grid.setHeight("60vh");
        grid.setItems(DataProvider.fromCallbacks(
                q -> services.staff().page(AdminSupport.caller(), filterCenter(), search.getValue(), q.getOffset(),
                        q.getLimit()).stream(),
                q -> services.staff().count(AdminSupport.caller(), filterCenter(), search.getValue())));
        search.setPlaceholder(getTranslation("admin.staff.search"));
        search.setId("staff-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        everyCenter.setLabel(getTranslation("admin.staff.every-center"));
        everyCenter.setVisible(caller.installationAdmin());
        everyCenter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button add = new Button(getTranslation("admin.staff.add"), e -> dialog(null));
        add.setId("staff-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(add, search, everyCenter);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(bar, grid);
    }

    private Long filterCenter() {
        return everyCenter.getValue() ? null : center.id();
    }

    private HorizontalLayout actions(StaffAdmin.StaffRow r) {
        Button edit = new Button(getTranslation("admin.edit"), e -> dialog(r));
        Button toggle = new Button(getTranslation(r.enabled() ? "admin.staff.disable" : "admin.staff.enable"), e -> {
            if (AdminSupport.attempt(this, Map.of(), () -> services.staff().setEnabled(AdminSupport.caller(), r.id(),
                    !r.enabled()))) {
                grid.getDataProvider().refreshAll();
            }
        });
        Button reset = new Button(getTranslation("admin.staff.reset"), e -> {
            String[] password = new String[1];
            if (AdminSupport.attempt(this, Map.of(), () -> password[0] = services.staff().resetPassword(
                    AdminSupport.caller(), r.id()))) {
                showOneTime(r.username(), password[0]);
                grid.getDataProvider().refreshAll();
            }
        });
        reset.setId("staff-reset-" + r.username());
        HorizontalLayout row = new HorizontalLayout(edit, toggle, reset);
        row.setSpacing(false);
        return row;
    }

    /** The one-time password, shown once: the administrator hands it over; it is changed at the first sign-in. */
    private void showOneTime(String username, String password) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("admin.staff.one-time.title", username));
        Span secret = new Span(password);
        secret.setId("one-time-password");
        secret.addClassName("od-secret");
        d.add(new Paragraph(getTranslation("admin.staff.one-time.text")), secret);
        d.getFooter().add(new Button(getTranslation("admin.close"), e -> d.close()));
        d.open();
    }

    private void dialog(StaffAdmin.StaffRow existing) {
        Caller caller = AdminSupport.caller();
        Dialog d = new Dialog();
        d.setHeaderTitle(existing == null ? getTranslation("admin.staff.add")
                : getTranslation("admin.staff.edit", existing.username()));
        TextField username = new TextField(getTranslation("admin.username"));
        username.setId("staff-username");
        TextField fullName = new TextField(getTranslation("admin.full-name"));
        fullName.setId("staff-full-name");
        Select<Role> role = new Select<>();
        role.setId("staff-role");
        role.setLabel(getTranslation("admin.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(x -> getTranslation("role." + x.name()));
        role.setValue(Role.OFFICER);
        ComboBox<Center> centerBox = new ComboBox<>(getTranslation("admin.staff.center"));
        centerBox.setId("staff-center");
        centerBox.setItems(services.directory().centers());
        centerBox.setItemLabelGenerator(Center::name);
        centerBox.setClearButtonVisible(true);
        centerBox.setHelperText(getTranslation("admin.staff.center.help"));
        centerBox.setValue(center);
        centerBox.setEnabled(caller.installationAdmin());
        MultiSelectComboBox<Counter> counters = new MultiSelectComboBox<>(getTranslation("admin.staff.counters"));
        counters.setId("staff-counters");
        counters.setItemLabelGenerator(k -> getTranslation("admin.devices.counter-number", k.number()) + " – " + k.name());
        counters.setHelperText(getTranslation("admin.staff.counters.help"));
        Runnable loadCounters = () -> counters.setItems(Optional.ofNullable(centerBox.getValue())
                .map(c -> services.directory().counters(c.id()).stream().map(CounterOverview::counter).toList())
                .orElse(List.of()));
        loadCounters.run();
        centerBox.addValueChangeListener(e -> {
            counters.clear();
            loadCounters.run();
        });
        PasswordField password = new PasswordField(getTranslation("admin.staff.password"));
        password.setId("staff-password");
        password.setHelperText(getTranslation("admin.staff.password.help", PasswordPolicy.MIN_LENGTH));
        if (existing != null) {
            username.setValue(existing.username());
            fullName.setValue(existing.fullName());
            role.setValue(existing.role());
            centerBox.setValue(existing.centerId() == null ? null : services.directory().center(existing.centerId())
                    .orElse(null));
            counters.setValue(services.directory().counters(existing.centerId() == null ? -1 : existing.centerId())
                    .stream().map(CounterOverview::counter).filter(k -> existing.counterIds().contains(k.id()))
                    .collect(Collectors.toSet()));
            password.setVisible(false);
        }
        FormLayout form = new FormLayout(username, fullName, role, centerBox, counters, password);
        form.setColspan(counters, 2);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("fullName", fullName);
        fields.put("role", role);
        fields.put("centerId", centerBox);
        fields.put("counterIds", counters);
        fields.put("password", password);
        Button save = new Button(getTranslation("admin.save"), e -> {
            StaffForm f = new StaffForm(username.getValue(), fullName.getValue(), role.getValue(),
                    centerBox.getValue() == null ? null : centerBox.getValue().id(),
                    counters.getValue().stream().map(Counter::id).sorted().toList(), password.getValue());
            StaffAdmin.Created[] created = new StaffAdmin.Created[1];
            if (AdminSupport.attempt(this, fields, () -> {
                if (existing == null) {
                    created[0] = services.staff().create(AdminSupport.caller(), f);
                } else {
                    services.staff().update(AdminSupport.caller(), existing.id(), f);
                }
            })) {
                d.close();
                Texts.done(this, "admin.saved");
                if (created[0] != null && created[0].oneTimePassword() != null) {
                    showOneTime(created[0].account().username(), created[0].oneTimePassword());
                }
                grid.getDataProvider().refreshAll();
            }
        });
        save.setId("staff-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(form);
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.setWidth("48em");
        d.open();
    }
}
