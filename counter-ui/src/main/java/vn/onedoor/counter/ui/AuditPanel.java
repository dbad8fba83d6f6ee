package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.onedoor.audit.AuditEntry;
import vn.onedoor.audit.AuditFilter;
import vn.onedoor.center.Center;
import vn.onedoor.identity.Caller;

/**
 * The audit log, read only: who did what, when, from which address, with the entity before and
 * after; filtered, a page at a time, and downloadable as CSV.
 */
final class AuditPanel extends VerticalLayout {

    private final AdminServices services;
    private final ZoneId zone;
    private final TextField user = new TextField();
    private final Select<String> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Long centerId;

    AuditPanel(AdminServices services, Center center) {
        this.services = services;
        this.zone = ZoneId.of(center == null ? Center.DEFAULT_TIME_ZONE : center.timeZone());
        Caller caller = AdminSupport.caller();
        this.centerId = caller.installationAdmin() ? null : center == null ? null : center.id();
        setPadding(false);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(zone);
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> time.format(e.at())).setHeader(getTranslation("admin.audit.at")).setAutoWidth(true);
        grid.addColumn(e -> e.username() == null ? "" : e.username()).setHeader(getTranslation("admin.username"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.address() == null ? "" : e.address()).setHeader(getTranslation("admin.audit.address"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("admin.audit.action." + e.action()) + " · "
                + getTranslation("admin.audit.entity." + e.entity())).setHeader(getTranslation("admin.audit.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.summary() == null ? "" : e.summary()).setHeader(getTranslation("admin.audit.summary"))
                .setFlexGrow(2);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(e -> new com.vaadin.flow
                .component.html.Pre(getTranslation("admin.audit.before") + " " + (e.before() == null ? "—" : e.before())
                + "\n" + getTranslation("admin.audit.after") + " " + (e.after() == null ? "—" : e.after()))));
        grid.setPageSize(100);
        grid.setHeight("60vh");
        grid.setItems(DataProvider.fromCallbacks(q -> services.audit().find(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> services.audit().count(filter())));
        user.setPlaceholder(getTranslation("admin.username"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        user.setClearButtonVisible(true);
        user.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        action.setLabel(getTranslation("admin.audit.what"));
        action.setItems("", "SIGN_IN", "SIGN_IN_REFUSED", "CREATE", "UPDATE", "RETIRE", "RESTORE", "REMOVE", "DISABLE",
                "ENABLE", "RESET_PASSWORD", "PASSWORD_CHANGED", "IMPORT", "SETUP");
        action.setItemLabelGenerator(a -> a.isEmpty() ? getTranslation("admin.audit.any") : getTranslation("admin.audit.action." + a));
        action.setValue("");
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        from.setLabel(getTranslation("admin.audit.from"));
        to.setLabel(getTranslation("admin.audit.to"));
        from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Anchor csv = new Anchor(new StreamResource("nhat-ky-quan-tri.csv", () -> {
            StringWriter out = new StringWriter();
            services.audit().exportCsv(filter(), zone, out);
            return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
        }), getTranslation("admin.audit.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("audit-csv");
        Button reload = new Button(getTranslation("admin.refresh"), e -> grid.getDataProvider().refreshAll());
        HorizontalLayout bar = new HorizontalLayout(user, action, from, to, reload, csv);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(bar, grid);
    }

    private AuditFilter filter() {
        Caller caller = AdminSupport.caller();
        return new AuditFilter(centerId, caller.centerId(), user.getValue(), action.getValue(), null,
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant());
    }
}
