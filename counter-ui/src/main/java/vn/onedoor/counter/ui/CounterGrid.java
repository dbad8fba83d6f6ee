package vn.onedoor.counter.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import vn.onedoor.center.CounterOverview;

/** Counters with their number, name and the prefixes of the groups they serve. */
final class CounterGrid extends Grid<CounterOverview> {

    CounterGrid(List<CounterOverview> counters) {
        addColumn(c -> c.counter().number()).setHeader(getTranslation("counter.number")).setAutoWidth(true);
        addColumn(c -> c.counter().name()).setHeader(getTranslation("counter.name"));
        addColumn(CounterOverview::prefixes).setHeader(getTranslation("counter.groups"));
        setItems(counters);
        setAllRowsVisible(true);
    }
}
