package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.queue.ScreenQueries.CounterFigures;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.queue.model.CounterSession;

/**
 * The counters of the center to sit at. A counter someone else works shows who, and cannot be
 * chosen: nobody's counter is taken over from this list.
 */
final class CounterPicker extends Div {

    private final Grid<CounterOverview> grid = new Grid<>();
    private final long myUserId;
    private Map<Long, CounterFigures> states = Map.of();

    CounterPicker(List<CounterOverview> counters, long myUserId, LongConsumer choose) {
        this.myUserId = myUserId;
        addClassName("od-picker");
        grid.addColumn(c -> c.counter().number()).setHeader(getTranslation("counter.number")).setAutoWidth(true);
        grid.addColumn(c -> c.counter().name()).setHeader(getTranslation("counter.name")).setAutoWidth(true);
        grid.addColumn(CounterOverview::prefixes).setHeader(getTranslation("counter.groups")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("counter.state")).setFlexGrow(1);
        grid.addComponentColumn(c -> {
            Button sit = new Button(getTranslation("counter.choose.button"), e -> choose.accept(c.counter().id()));
            sit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            sit.setEnabled(free(c));
            sit.setDisableOnClick(true);
            return sit;
        }).setKey("choose").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(counters);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("counter.choose")), grid);
    }

    void show(List<CounterFigures> counters) {
        states = counters.stream().collect(Collectors.toMap(k -> k.line().session().counterId(), Function.identity()));
        grid.getDataProvider().refreshAll();
    }

    private boolean free(CounterOverview c) {
        CounterFigures f = states.get(c.counter().id());
        if (f == null) {
            return true;
        }
        CounterSession s = f.line().session();
        return s.status() == CounterStatus.CLOSED || s.officerId() == null || s.officerId() == myUserId;
    }

    private String state(CounterOverview c) {
        CounterFigures f = states.get(c.counter().id());
        if (f == null || f.line().session().status() == CounterStatus.CLOSED) {
            return getTranslation("counter.status.CLOSED");
        }
        String who = f.officerName() == null ? "" : f.officerName();
        return getTranslation("counter.state.worked", getTranslation("counter.status." + f.line().session().status()),
                who);
    }
}
