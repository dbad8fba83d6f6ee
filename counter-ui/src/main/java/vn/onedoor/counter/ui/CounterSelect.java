package vn.onedoor.counter.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import vn.onedoor.center.Counter;

/** "Của quầy": the counter a device or a peripheral belongs to, or none. */
final class CounterSelect extends Select<Counter> {

    CounterSelect(String id, List<Counter> counters) {
        setId(id);
        setLabel(getTranslation("admin.devices.counter"));
        setItems(counters);
        setItemLabelGenerator(k -> k == null ? getTranslation("admin.devices.no-counter")
                : getTranslation("admin.devices.counter-number", k.number()));
        setEmptySelectionAllowed(true);
    }

    /** The chosen counter's id, or null for none. */
    Long counterId() {
        return getValue() == null ? null : getValue().id();
    }
}
