package vn.onedoor.counter.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.onedoor.queue.AlertThresholds.Alert;
import vn.onedoor.queue.ScreenQueries.GroupFigures;

/** Each service group now and today; a group over a threshold is marked red. */
final class GroupFiguresGrid extends Grid<GroupFigures> {

    private Set<Long> alerting = Set.of();

    GroupFiguresGrid() {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(g -> g.line().prefix()).setHeader(getTranslation("manage.prefix")).setAutoWidth(true).setFlexGrow(0);
        addColumn(g -> g.line().name()).setHeader(getTranslation("manage.group")).setFlexGrow(3);
        addColumn(g -> g.line().waiting()).setHeader(getTranslation("manage.waiting")).setAutoWidth(true);
        addColumn(g -> Texts.minutes(this, g.line().longestWaitSeconds()))
                .setHeader(getTranslation("manage.longest-wait")).setAutoWidth(true);
        addColumn(g -> Texts.average(this, g.calledToday() ? 1 : 0,
                Texts.minutes(this, g.averageWaitSeconds()))).setHeader(getTranslation("manage.average-wait")).setAutoWidth(true);
        addColumn(GroupFigures::servedToday).setHeader(getTranslation("manage.served")).setAutoWidth(true);
        setPartNameGenerator(g -> alerting.contains(g.line().serviceGroupId()) ? "od-row-alert" : null);
        setAllRowsVisible(true);
    }

    void show(List<GroupFigures> groups, List<Alert> alerts) {
        alerting = alerts.stream().map(Alert::serviceGroupId).collect(Collectors.toSet());
        setItems(groups);
    }
}
