package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import vn.onedoor.device.Device;
import vn.onedoor.device.DeviceOverview.DeviceState;
import vn.onedoor.device.DeviceOverview.PeripheralState;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.Pairing;
import vn.onedoor.device.Peripheral;
import vn.onedoor.device.PeripheralKind;
import vn.onedoor.device.PeripheralParameters;
import vn.onedoor.device.Peripherals;

/**
 * One agent: a new pairing code, and its peripherals' parameters as {@code key=value} lines
 * (004 Điều 10: the administrator sets the parameters of peripheral devices).
 */
final class AgentEditor extends VerticalLayout {

    private final Paragraph message = new Paragraph();

    AgentEditor(DeviceState agent, Pairing pairing, Peripherals peripherals, DeviceRegistry registry,
            java.util.List<vn.onedoor.center.Counter> counters, Runnable changed) {
        setPadding(false);
        add(new H4(agent.device().name()));
        Button code = new Button(getTranslation("admin.devices.new-code"), e -> {
            Pairing.Code c = pairing.issue(agent.device().id());
            message.setText(getTranslation("admin.devices.pairing-code", c.code(), DevicesPanel.TIME.format(c.expiresAt())));
        });
        add(code, message);
        for (PeripheralState p : agent.peripherals()) {
            add(editor(p.peripheral(), peripherals, changed));
        }
        add(newPeripheral(agent.device(), peripherals, registry, counters, changed));
    }

    private HorizontalLayout editor(Peripheral p, Peripherals peripherals, Runnable changed) {
        TextArea parameters = new TextArea(p.name() + " · " + getTranslation("admin.kind." + p.kind().name()));
        parameters.setValue(p.settings());
        parameters.setWidth("28em");
        Checkbox enabled = new Checkbox(getTranslation("admin.devices.enabled"), p.enabled());
        Button save = new Button(getTranslation("admin.devices.save"),
                e -> apply(() -> peripherals.update(p.id(), PeripheralParameters.parse(parameters.getValue()), enabled.getValue()), changed));
        HorizontalLayout row = new HorizontalLayout(parameters, enabled, save);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout newPeripheral(Device agent, Peripherals peripherals, DeviceRegistry registry,
            java.util.List<vn.onedoor.center.Counter> counters, Runnable changed) {
        Select<PeripheralKind> kind = new Select<>();
        kind.setLabel(getTranslation("admin.devices.kind"));
        kind.setItems(PeripheralKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admin.kind." + k.name()));
        kind.setValue(PeripheralKind.TICKET_PRINTER);
        TextField name = new TextField(getTranslation("admin.device"));
        Select<Device> serves = new Select<>();
        serves.setLabel(getTranslation("admin.devices.serves"));
        serves.setItems(registry.devices(agent.centerId()).stream().filter(d -> d.type() == DeviceType.KIOSK).toList());
        serves.setItemLabelGenerator(d -> d == null ? getTranslation("admin.devices.no-kiosk") : d.name());
        serves.setEmptySelectionAllowed(true);
        // one hall PC may drive the LED displays, keypads or printers of several counters
        CounterSelect counter = new CounterSelect("od-peripheral-counter", counters);
        counters.stream().filter(k -> k.id().equals(agent.counterId())).findFirst().ifPresent(counter::setValue);
        TextArea parameters = new TextArea(getTranslation("admin.devices.parameters"));
        parameters.setValue(example(kind.getValue()));
        parameters.setWidth("20em");
        kind.addValueChangeListener(e -> parameters.setValue(example(e.getValue())));
        Button add = new Button(getTranslation("admin.devices.add-peripheral"), e -> apply(() -> peripherals.add(agent.id(),
                kind.getValue(), name.getValue().isBlank() ? getTranslation("admin.kind." + kind.getValue().name()) : name.getValue(),
                serves.getValue() == null ? null : serves.getValue().id(),
                counter.counterId(),
                PeripheralParameters.parse(parameters.getValue())), changed));
        HorizontalLayout row = new HorizontalLayout(kind, name, serves, counter, parameters, add);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    /** Parameters to start from for each kind (PeripheralParameters says what each needs). */
    static String example(PeripheralKind kind) {
        return switch (kind) {
            case TICKET_PRINTER -> "transport=tcp\nhost=192.168.1.50\nport=9100\npaper=80";
            case DOCUMENT_PRINTER -> "transport=queue\nqueue=A4";
            case LED_DISPLAY -> "transport=serial\npath=/dev/ttyUSB0\nbaud=9600\naddress=1";
            case RATING_KEYPAD -> "transport=serial\npath=/dev/ttyUSB1\nbaud=9600\nkeys=1:4,2:3,3:2,4:1";
            case SCANNER -> "transport=serial\npath=/dev/ttyACM0\nbaud=9600";
        };
    }

    private void apply(Runnable change, Runnable changed) {
        try {
            change.run();
            message.setText(getTranslation("admin.devices.saved"));
            changed.run();
        } catch (IllegalArgumentException e) {
            message.setText(getTranslation("admin.devices.invalid", Objects.toString(e.getMessage(), "")));
        }
    }
}
