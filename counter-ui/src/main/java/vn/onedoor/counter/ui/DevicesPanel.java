package vn.onedoor.counter.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import vn.onedoor.device.Device;
import vn.onedoor.device.DeviceOverview;
import vn.onedoor.device.DeviceOverview.DeviceState;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.Pairing;
import vn.onedoor.device.Peripherals;

/**
 * The center's devices with live status, refreshed every 3 s while shown; creating a device shows
 * its pairing code (agent) or token (screen) once; selecting an agent opens its peripherals.
 */
final class DevicesPanel extends VerticalLayout {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final long centerId;
    private final DeviceOverview overview;
    private final Grid<DeviceState> grid = new Grid<>();
    private final Div detail = new Div();
    private final Paragraph secret = new Paragraph();
    private Registration polling;

    DevicesPanel(long centerId, DeviceOverview overview, DeviceRegistry registry, Pairing pairing, Peripherals peripherals,
            java.util.List<vn.onedoor.center.Counter> counters) {
        this.centerId = centerId;
        this.overview = overview;
        setPadding(false);
        grid.addColumn(s -> s.device().name()).setHeader(getTranslation("admin.device")).setAutoWidth(true);
        grid.addColumn(s -> getTranslation("device-type." + s.device().type().name())).setHeader(getTranslation("admin.device-type"));
        grid.addColumn(this::status).setHeader(getTranslation("admin.devices.status"));
        grid.addColumn(this::faults).setHeader(getTranslation("admin.devices.faults"));
        // a stolen kiosk or a leaked token: switched off, its token is refused at once
        grid.addComponentColumn(s -> {
            boolean on = s.device().enabled();
            Button toggle = new Button(getTranslation(on ? "admin.devices.switch-off" : "admin.devices.switch-on"), e -> {
                registry.switchOn(s.device().id(), !on);
                refresh();
            });
            toggle.setId("od-device-switch-" + s.device().id());
            return toggle;
        }).setKey("switch").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        // The 3 s refresh clears the selection; the editor stays until another device is picked.
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                detail.removeAll();
                detail.add(editor(e.getValue().device(), registry, counters));
                if (e.getValue().device().type() == DeviceType.AGENT) {
                    detail.add(new AgentEditor(e.getValue(), pairing, peripherals, registry, counters, this::refresh));
                }
            }
        });

        TextField name = new TextField(getTranslation("admin.device"));
        name.setId("device-name");
        Select<DeviceType> type = new Select<>();
        type.setId("device-type");
        type.setLabel(getTranslation("admin.device-type"));
        type.setItems(DeviceType.values());
        type.setItemLabelGenerator(t -> getTranslation("device-type." + t.name()));
        type.setValue(DeviceType.AGENT);
        // a rating terminal stands at one counter and wakes on that counter's completions; a counter PC's agent
        // gives its counter to the peripherals added to it
        CounterSelect counter = new CounterSelect("od-device-counter", counters);
        Button create = new Button(getTranslation("admin.devices.create"), e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("admin.devices.name-required"));
                name.setInvalid(true);
                return;
            }
            name.setInvalid(false);
            Long counterId = counter.counterId();
            if (type.getValue() == DeviceType.RATING && counterId == null) {
                secret.setText(getTranslation("admin.devices.rating-needs-counter"));
                return;
            }
            if (type.getValue() == DeviceType.AGENT) {
                long id = registry.create(centerId, DeviceType.AGENT, name.getValue(), counterId).id();
                Pairing.Code code = pairing.issue(id);
                secret.setText(getTranslation("admin.devices.pairing-code", code.code(), TIME.format(code.expiresAt())));
            } else {
                String token = registry.register(centerId, type.getValue(), name.getValue().strip(), counterId).token();
                secret.setText(getTranslation("admin.devices.token", token));
            }
            name.clear();
            counter.clear();
            refresh();
        });
        create.setId("device-create");
        secret.setId("device-secret");
        secret.addClassName("od-secret");
        HorizontalLayout form = new HorizontalLayout(name, type, counter, create);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(grid, form, secret, detail);
        refresh();
    }

    /** The selected device's name and counter, to change: a rating terminal moved, a kiosk renamed. */
    private HorizontalLayout editor(Device device, DeviceRegistry registry, java.util.List<vn.onedoor.center.Counter> counters) {
        TextField name = new TextField(getTranslation("admin.devices.rename"));
        name.setId("od-device-edit-name");
        name.setWidth("28em");
        name.setValue(device.name());
        CounterSelect counter = new CounterSelect("od-device-edit-counter", counters);
        counters.stream().filter(k -> k.id().equals(device.counterId())).findFirst().ifPresent(counter::setValue);
        Paragraph said = new Paragraph();
        said.setId("od-device-edit-message");
        Button save = new Button(getTranslation("admin.devices.save-device"), e -> {
            if (name.getValue().isBlank()) {
                return;
            }
            if (device.type() == DeviceType.RATING && counter.counterId() == null) {
                said.setText(getTranslation("admin.devices.rating-needs-counter"));
                return;
            }
            registry.change(device.id(), name.getValue(), counter.counterId());
            said.setText(getTranslation("admin.devices.device-saved"));
            refresh();
        });
        save.setId("od-device-edit-save");
        HorizontalLayout row = new HorizontalLayout(name, counter, save, said);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    void refresh() {
        grid.setItems(overview.of(centerId));
    }

    private String status(DeviceState s) {
        if (!s.device().enabled()) {
            return getTranslation("admin.devices.off");
        }
        if (s.device().type() != DeviceType.AGENT) {
            return "";
        }
        if (s.health() == null) {
            return getTranslation("admin.devices.never-seen");
        }
        return getTranslation(s.online() ? "admin.devices.online" : "admin.devices.offline", TIME.format(s.health().lastHeartbeat()));
    }

    private String faults(DeviceState s) {
        return s.peripherals().stream().filter(p -> p.report() != null && !p.report().faults().isEmpty())
                .map(p -> p.peripheral().name() + ": " + p.report().faults().stream()
                        .map(f -> getTranslation("admin.fault." + f)).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(3000);
        polling = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
        }
        event.getUI().setPollInterval(-1);
    }
}
