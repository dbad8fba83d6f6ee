package vn.onedoor.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.onedoor.queue.AlertThresholds.Alert;
import vn.onedoor.queue.AlertThresholds.Kind;

/** The red banner of what passed a threshold; hidden while all is well. */
final class AlertBanner extends Div {

    AlertBanner() {
        addClassName("od-alerts");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<Alert> alerts) {
        removeAll();
        setVisible(!alerts.isEmpty());
        for (Alert a : alerts) {
            String key = a.kind() == Kind.QUEUE_LENGTH ? "manage.alert.length" : "manage.alert.wait";
            Span line = new Span(getTranslation(key, a.prefix(), a.groupName(), a.value(), a.limit()));
            line.addClassName("od-alert");
            add(line);
        }
    }
}
