package vn.onedoor.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.onedoor.queue.AlertThresholds.Alert;

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
            String key = switch (a.kind()) {
                case QUEUE_LENGTH -> "manage.alert.length";
                case WAIT -> "manage.alert.wait";
                case NO_OPEN_COUNTER -> "manage.alert.no-open-counter";
                case STRANDED -> "manage.alert.stranded";
            };
            Span line = new Span(getTranslation(key, a.prefix(), a.groupName(), a.value(), a.limit()));
            line.addClassName("od-alert");
            add(line);
        }
    }
}
