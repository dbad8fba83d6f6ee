package vn.onedoor.counter.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import vn.onedoor.device.DeviceAlerts;
import vn.onedoor.device.DeviceAlerts.Alert;

/**
 * A red band on the manager's dashboard listing the center's device faults (printer out of paper,
 * agent offline) as they happen, and gone when they are over. Add it with
 * {@code add(new DeviceAlertBanner(center.id(), alerts))}.
 */
public final class DeviceAlertBanner extends Div {

    private final long centerId;
    private final DeviceAlerts alerts;
    private AutoCloseable subscription;

    public DeviceAlertBanner(long centerId, DeviceAlerts alerts) {
        this.centerId = centerId;
        this.alerts = alerts;
        addClassName("od-device-alerts");
        setId("device-alerts");
        show(alerts.open(centerId));
    }

    private void show(List<Alert> open) {
        removeAll();
        setVisible(!open.isEmpty());
        for (Alert a : open) {
            String where = a.peripheralName() == null ? a.deviceName() : a.deviceName() + " – " + a.peripheralName();
            add(new Paragraph(getTranslation("alerts.device", where, getTranslation("alerts.fault." + a.code()))));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        show(alerts.open(centerId));
        subscription = alerts.subscribe(centerId, open -> ui.access(() -> show(open)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        try {
            if (subscription != null) {
                subscription.close();
            }
        } catch (Exception e) {
            // Removing a subscription cannot fail; nothing to do.
        }
    }
}
