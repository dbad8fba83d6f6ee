package vn.onedoor.counter.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import vn.onedoor.queue.ScreenQueries.CounterFigures;
import vn.onedoor.queue.model.CounterSession;

/** Each counter: its state (and pause reason), officer, ticket, and today's services. */
final class CounterFiguresGrid extends Grid<CounterFigures> {

    CounterFiguresGrid() {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(k -> k.line().session().counterNumber()).setHeader(getTranslation("counter.number"))
                .setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::status).setHeader(getTranslation("counter.state")).setFlexGrow(2);
        addColumn(k -> k.officerName() == null ? "" : k.officerName()).setHeader(getTranslation("manage.officer"))
                .setFlexGrow(2);
        addColumn(k -> k.line().currentTicket() == null ? "" : k.line().currentTicket().displayNumber() + " · "
                + getTranslation("counter.ticket." + k.line().currentTicket().status().name()))
                .setHeader(getTranslation("manage.current")).setFlexGrow(2);
        addColumn(CounterFigures::servedToday).setHeader(getTranslation("manage.served")).setAutoWidth(true);
        addColumn(k -> Texts.average(this, k.servedToday(), Texts.clock(k.averageServiceSeconds())))
                .setHeader(getTranslation("manage.average-service"))
                .setAutoWidth(true);
        setAllRowsVisible(true);
    }

    private Span status(CounterFigures k) {
        CounterSession s = k.line().session();
        String text = getTranslation("counter.status." + s.status().name());
        Span badge = new Span(s.pauseReason() == null ? text : text + " – " + s.pauseReason());
        badge.addClassNames("od-status", "od-status-" + s.status().name().toLowerCase());
        return badge;
    }

    void show(List<CounterFigures> counters) {
        setItems(counters);
    }
}
