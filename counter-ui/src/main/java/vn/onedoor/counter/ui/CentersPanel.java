package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Map;
import vn.onedoor.center.Center;
import vn.onedoor.queue.ProvinceOverview;

/**
 * The province's centers with their live figures (people waiting, counters open, groups in
 * alert), created empty or as a copy of another center's layout, edited, retired and restored.
 */
final class CentersPanel extends VerticalLayout {

    private final AdminServices services;
    private final Runnable changed;
    private final Grid<Center> grid = new Grid<>();
    private final Checkbox withRetired = new Checkbox();
    private Map<Long, ProvinceOverview.Line> figures = Map.of();

    CentersPanel(AdminServices services, Runnable changed) {
        this.services = services;
        this.changed = changed;
        setPadding(false);
        grid.setId("centers-grid");
        grid.addColumn(Center::name).setHeader(getTranslation("admin.center.name")).setFlexGrow(3).setSortable(true);
        grid.addColumn(c -> c.unitCode() == null ? "" : c.unitCode()).setHeader(getTranslation("admin.center.unit-code"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("admin.center.level." + c.level().name()))
                .setHeader(getTranslation("admin.center.level")).setAutoWidth(true);
        grid.addColumn(c -> line(c).waiting()).setHeader(getTranslation("admin.center.waiting")).setAutoWidth(true);
        grid.addColumn(c -> line(c).openCounters()).setHeader(getTranslation("admin.center.open-counters"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
            int alerts = line(c).alerts();
            Span s = new Span(alerts == 0 ? "" : getTranslation("admin.center.alerts", alerts));
            if (alerts > 0) {
                s.addClassName("od-alert-count");
            }
            return s;
        }).setHeader(getTranslation("admin.center.alerts-header")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.setPageSize(50);
        grid.setHeight("60vh");
        withRetired.setLabel(getTranslation("admin.center.with-retired"));
        withRetired.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("admin.center.add"), e -> dialog(null));
        add.setId("center-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reload = new Button(getTranslation("admin.refresh"), e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(add, reload, withRetired);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(bar, grid);
        refresh();
    }

    private ProvinceOverview.Line line(Center c) {
        return figures.getOrDefault(c.id(), new ProvinceOverview.Line(c.id(), 0, 0, 0));
    }

    private void refresh() {
        List<Center> centers = services.centers().visible(AdminSupport.caller(), withRetired.getValue());
        figures = services.province().of(centers);
        grid.setItems(centers);
    }

    private HorizontalLayout actions(Center c) {
        Button open = new Button(getTranslation("admin.center.open"), e -> {
            VaadinSession.getCurrent().setAttribute(AdminSupport.CHOSEN_CENTER, c.id());
            changed.run();
        });
        Button edit = new Button(getTranslation("admin.edit"), e -> dialog(c));
        Button retire = new Button(getTranslation(c.retired() ? "admin.restore" : "admin.retire"), e -> {
            if (AdminSupport.attempt(this, Map.of(), () -> {
                if (c.retired()) {
                    services.centers().restore(AdminSupport.caller(), c.id());
                } else {
                    services.centers().retire(AdminSupport.caller(), c.id());
                }
            })) {
                Texts.done(this, c.retired() ? "admin.center.restored" : "admin.center.retired", c.name());
                changed.run();
            }
        });
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(open, edit, retire);
        row.setSpacing(false);
        return row;
    }

    private void dialog(Center existing) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation(existing == null ? "admin.center.add" : "admin.center.edit", 
                existing == null ? "" : existing.name()));
        CenterFields fields = new CenterFields();
        ComboBox<Center> template = new ComboBox<>(getTranslation("admin.center.template"));
        template.setId("center-template");
        template.setHelperText(getTranslation("admin.center.template.help"));
        template.setItems(services.directory().centers());
        template.setItemLabelGenerator(Center::name);
        template.setClearButtonVisible(true);
        if (existing != null) {
            fields.show(existing);
        } else {
            fields.add(template);
            fields.setColspan(template, 2);
        }
        Button save = new Button(getTranslation("admin.save"), e -> {
            if (AdminSupport.attempt(this, fields.byField(), () -> {
                if (existing == null) {
                    services.centers().create(AdminSupport.caller(), fields.form(), getTranslation("admin.first-group"),
                            getTranslation("admin.first-counter"), template.getValue() == null ? null
                                    : template.getValue().id());
                } else {
                    services.centers().update(AdminSupport.caller(), existing.id(), fields.form());
                }
            })) {
                d.close();
                Texts.done(this, "admin.saved");
                changed.run();
            }
        });
        save.setId("center-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(fields);
        d.getFooter().add(new Button(getTranslation("admin.cancel"), e -> d.close()), save);
        d.setWidth("52em");
        d.open();
    }
}
