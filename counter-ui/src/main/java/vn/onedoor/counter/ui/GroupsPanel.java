package vn.onedoor.counter.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.onedoor.admin.GroupAdmin;
import vn.onedoor.admin.GroupForm;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.Center;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.platform.text.Folding;

/**
 * A center's service groups: prefix letter, names, the procedures each covers (a searchable
 * multi-select), weight, anti-starvation wait, opening hours and daily quota. Retiring a group
 * with people waiting asks which group takes their tickets.
 */
final class GroupsPanel extends VerticalLayout {

    private final AdminServices services;
    private final Center center;
    private final Grid<ServiceGroup> grid = new Grid<>();

    GroupsPanel(AdminServices services, Center center) {
        this.services = services;
        this.center = center;
        setPadding(false);
        grid.setId("groups-grid");
        grid.addColumn(ServiceGroup::prefix).setHeader(getTranslation("admin.group.prefix")).setAutoWidth(true);
        grid.addColumn(ServiceGroup::name).setHeader(getTranslation("admin.group.name")).setFlexGrow(3);
        grid.addColumn(g -> services.catalog().proceduresOfServiceGroup(g.id()).size())
                .setHeader(getTranslation("admin.group.procedures")).setAutoWidth(true);
        grid.addColumn(ServiceGroup::weight).setHeader(getTranslation("admin.group.weight")).setAutoWidth(true);
        grid.addColumn(g -> g.dailyQuota() == null ? "" : String.valueOf(g.dailyQuota()))
                .setHeader(getTranslation("admin.group.quota")).setAutoWidth(true);
        grid.addColumn(g -> g.openingHours() == null ? "" : g.openingHours())
                .setHeader(getTranslation("admin.group.hours")).setAutoWidth(true);
        grid.addColumn(g -> g.retired() ? getTranslation("admin.retired") : "").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("admin.group.add"), e -> dialog(null));
        add.setId("group-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(services.groups().groups(AdminSupport.caller(), center.id(), true));
    }

    private HorizontalLayout actions(ServiceGroup g) {
        Button edit = new Button(getTranslation("admin.edit"), e -> dialog(g));
        edit.setId("group-edit-" + g.prefix());
        Button retire = new Button(getTranslation(g.retired() ? "admin.restore" : "admin.retire"),
                e -> { if (g.retired()) { restore(g); } else { retire(g); } });
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(edit, retire);
        row.setSpacing(false);
        return row;
    }

    private void restore(ServiceGroup g) {
        if (AdminSupport.attempt(this, Map.of(), () -> services.groups().restore(AdminSupport.caller(), g.id()))) {
            refresh();
        }
    }

    /** With people waiting, the administrator chooses the group that takes their tickets. */
    private void retire(ServiceGroup g) {
        GroupAdmin.GroupDetail detail = services.groups().detail(AdminSupport.caller(), g.id());
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("admin.group.retire.title", g.prefix(), g.name()));
        Select<ServiceGroup> target = new Select<>();
        target.setId("group-move-to");
        target.setLabel(getTranslation("field.moveTo"));
        target.setItems(services.directory().serviceGroups(center.id()).stream()
                .filter(o -> !o.id().equals(g.id())).toList());
        target.setItemLabelGenerator(o -> o.prefix() + " – " + o.name());
        if (detail.waiting() > 0) {
            d.add(new Paragraph(getTranslation("admin.group.retire.waiting", detail.waiting())), target);
        } else {
            d.add(new Paragraph(getTranslation("admin.group.retire.none")));
        }
        Button confirm = new Button(getTranslation("admin.retire"), e -> {
            int[] moved = new int[1];
            if (AdminSupport.attempt(this, Map.of("moveTo", target), () -> moved[0] = services.groups().retire(
                    AdminSupport.caller(), g.id(), target.getValue() == null ? null : target.getValue().id()))) {
                d.close();
                Texts.done(this, "admin.group.retired", g.prefix(), moved[0]);
                refresh();
            }
        });
        confirm.setId("group-retire-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), confirm);
        d.open();
    }

    private void dialog(ServiceGroup existing) {
        Dialog d = new Dialog();
        d.setHeaderTitle(existing == null ? getTranslation("admin.group.add")
                : getTranslation("admin.group.edit", existing.prefix(), existing.name()));
        TextField prefix = new TextField(getTranslation("admin.group.prefix"));
        prefix.setId("group-prefix");
        prefix.setMaxLength(1);
        prefix.setWidth("6em");
        TextField name = new TextField(getTranslation("admin.group.name"));
        name.setId("group-name");
        TextField nameEn = new TextField(getTranslation("admin.group.name-en"));
        nameEn.setId("group-name-en");
        MultiSelectComboBox<Procedure> procedures = new MultiSelectComboBox<>(getTranslation("admin.group.procedures"));
        procedures.setId("group-procedures");
        List<Procedure> all = services.catalog().procedures();
        procedures.setItems((p, filter) -> {
            String f = Folding.fold(filter).strip();
            return f.isEmpty() || Folding.fold(p.code() + " " + p.name()).contains(f);
        }, all);
        procedures.setItemLabelGenerator(p -> p.code() + " – " + p.name());
        procedures.setHelperText(getTranslation("admin.group.procedures.help", all.size()));
        Button allProcedures = new Button(getTranslation("admin.group.procedures.all"),
                e -> procedures.setValue(new HashSet<>(all)));
        allProcedures.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        IntegerField weight = new IntegerField(getTranslation("admin.group.weight"));
        weight.setId("group-weight");
        weight.setMin(1);
        weight.setMax(100);
        weight.setValue(1);
        weight.setHelperText(getTranslation("admin.group.weight.help"));
        IntegerField maxWait = new IntegerField(getTranslation("field.maxWaitMinutes"));
        maxWait.setId("group-max-wait");
        maxWait.setHelperText(getTranslation("admin.group.max-wait.help"));
        TextField hours = new TextField(getTranslation("admin.group.hours"));
        hours.setId("group-hours");
        hours.setHelperText(getTranslation("admin.group.hours.help"));
        IntegerField quota = new IntegerField(getTranslation("field.dailyQuota"));
        quota.setId("group-quota");
        TextField quotaMessage = new TextField(getTranslation("field.quotaMessage"));
        quotaMessage.setId("group-quota-message");
        quotaMessage.setHelperText(getTranslation("admin.group.quota-message.help"));
        Checkbox returns = new Checkbox(getTranslation("admin.group.returns-results"));
        returns.setId("group-returns");
        if (existing != null) {
            prefix.setValue(existing.prefix());
            name.setValue(existing.name());
            nameEn.setValue(existing.nameEn() == null ? "" : existing.nameEn());
            Set<Long> covered = new HashSet<>(services.groups().detail(AdminSupport.caller(), existing.id())
                    .procedureIds());
            procedures.setValue(all.stream().filter(p -> covered.contains(p.id())).collect(java.util.stream.Collectors.toSet()));
            weight.setValue(existing.weight());
            maxWait.setValue(existing.maxWaitMinutes());
            hours.setValue(existing.openingHours() == null ? "" : existing.openingHours());
            quota.setValue(existing.dailyQuota());
            quotaMessage.setValue(existing.quotaMessage() == null ? "" : existing.quotaMessage());
            returns.setValue(existing.returnsResults());
        }
        FormLayout form = new FormLayout(prefix, name, nameEn, weight, procedures, allProcedures, maxWait, hours, quota,
                quotaMessage, returns);
        form.setColspan(procedures, 2);
        form.setColspan(quotaMessage, 2);
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("prefix", prefix);
        fields.put("name", name);
        fields.put("nameEn", nameEn);
        fields.put("procedureIds", procedures);
        fields.put("weight", weight);
        fields.put("maxWaitMinutes", maxWait);
        fields.put("openingHours", hours);
        fields.put("dailyQuota", quota);
        fields.put("quotaMessage", quotaMessage);
        Button save = new Button(getTranslation("admin.save"), e -> {
            GroupForm f = new GroupForm(prefix.getValue(), name.getValue(), nameEn.getValue(),
                    procedures.getValue().stream().map(Procedure::id).toList(), weight.getValue(), maxWait.getValue(),
                    hours.getValue(), quota.getValue(), quotaMessage.getValue(), returns.getValue(),
                    existing == null ? null : existing.sortOrder());
            if (AdminSupport.attempt(this, fields, () -> {
                if (existing == null) {
                    services.groups().create(AdminSupport.caller(), center.id(), f);
                } else {
                    services.groups().update(AdminSupport.caller(), existing.id(), f);
                }
            })) {
                d.close();
                Texts.done(this, "admin.saved");
                refresh();
            }
        });
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(form);
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.setWidth("56em");
        d.open();
    }
}
