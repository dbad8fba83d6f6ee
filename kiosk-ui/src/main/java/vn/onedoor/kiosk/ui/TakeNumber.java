package vn.onedoor.kiosk.ui;

import static vn.onedoor.platform.text.Folding.fold;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.center.Center;
import vn.onedoor.center.ServiceGroup;
import vn.onedoor.queue.IssueAndPrint;
import vn.onedoor.queue.model.Priority;

/**
 * The service groups as big tiles, with the procedures each covers and a search box that finds a
 * group by any of its procedures, without diacritics too ("dat dai" finds "Đất đai"). The
 * priority path is a separate button, so nobody takes a priority ticket by mistake.
 */
final class TakeNumber extends Div {

    private static final int PROCEDURES_SHOWN = 3;

    private final KioskView kiosk;
    private final Center center;
    private final KioskServices services;
    private final Priority priority;
    /** One key for this screen: a second tap, or a retry after a lost reply, gets the same ticket. */
    private final String attemptKey = UUID.randomUUID().toString();
    private final List<Tile> tiles = new ArrayList<>();
    private final Div noMatch = new Div();
    private TextField search;

    /** A group's tile and what the search looks at: its name and its procedures' names, folded. */
    private record Tile(NativeButton button, Div covers, String defaultCovers, String groupName,
            List<Procedure> procedures, List<String> foldedNames) {}

    TakeNumber(KioskView kiosk, Center center, KioskServices services, Priority priority) {
        this.kiosk = kiosk;
        this.center = center;
        this.services = services;
        this.priority = priority;
        addClassName("od-kiosk-panel");
        add(new H2(getTranslation(priority.isPriority() ? "kiosk.take.priority-title" : "kiosk.take.title")));
        if (priority.isPriority()) {
            Div banner = new Div(getTranslation("kiosk.take.priority-banner", getTranslation("priority." + priority)));
            banner.addClassName("od-priority-banner");
            add(banner);
        }
        search = new TextField();
        search.setPlaceholder(getTranslation("kiosk.take.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter(e.getValue()));
        search.addClassName("od-search");
        Div bar = new Div(search);
        bar.addClassName("od-take-bar");
        if (!priority.isPriority()) {
            NativeButton priorityPath = new NativeButton(getTranslation("kiosk.take.priority-path"), e -> kiosk.choosePriority());
            priorityPath.addClassName("od-priority-path");
            priorityPath.setId("priority-path");
            bar.add(priorityPath);
        }
        Div grid = new Div();
        grid.addClassName("od-tiles");
        for (ServiceGroup group : services.serviceGroups(center)) {
            grid.add(tile(group));
        }
        // The first tap marks the tile pressed and stops further taps in the browser itself, so the
        // citizen sees feedback at once; the server would give a second tap the same ticket anyway.
        grid.getElement().executeJs("""
                this.addEventListener('click', e => {
                  const tile = e.target.closest('.od-tile');
                  if (tile) { tile.classList.add('od-pressed'); this.classList.add('od-busy'); }
                }, true);""");
        NativeButton back = new NativeButton(getTranslation("kiosk.back"), e -> kiosk.home());
        back.addClassName("od-back");
        noMatch.addClassName("od-no-match");
        noMatch.setId("no-match");
        noMatch.setVisible(false);
        add(bar, noMatch, grid, back);
    }

    private NativeButton tile(ServiceGroup group) {
        List<Procedure> procedures = services.procedures(group);
        Span prefix = new Span(group.prefix());
        prefix.addClassName("od-prefix");
        String defaultCovers = procedures.stream().limit(PROCEDURES_SHOWN).map(Procedure::name)
                .collect(Collectors.joining(" · "));
        Div covers = new Div(defaultCovers);
        covers.addClassName("od-covers");
        Span count = new Span(getTranslation("kiosk.services.procedures", procedures.size()));
        count.addClassName("od-muted");
        Div text = new Div(new Div(group.name()), covers, count);
        if (services.counters(center, group.id()).noneOpen()) {
            Span closed = new Span(getTranslation("kiosk.take.no-counter-open"));
            closed.addClassName("od-no-counter");
            text.add(closed);
        }
        NativeButton tile = new NativeButton();
        tile.add(prefix, text);
        tile.addClassName("od-tile");
        tile.getElement().setAttribute("data-prefix", group.prefix());
        tile.addClickListener(e -> take(group));
        tiles.add(new Tile(tile, covers, defaultCovers, fold(group.name()), procedures,
                procedures.stream().map(p -> fold(p.name())).toList()));
        return tile;
    }

    private void take(ServiceGroup group) {
        IssueAndPrint.Result issued = services.issue(center, group, priority, attemptKey,
                UI.getCurrent().getLocale().getLanguage());
        kiosk.show(new TicketConfirmation(kiosk, group, issued));
    }

    /**
     * Shows the groups whose name or procedures match, each with the procedures that matched in
     * place of its usual list; with none, says so and offers to clear the search.
     */
    private void filter(String query) {
        String folded = fold(query).strip();
        boolean any = false;
        for (Tile tile : tiles) {
            if (folded.isEmpty()) {
                tile.button().setVisible(true);
                tile.covers().setText(tile.defaultCovers());
                tile.covers().removeClassName("od-matched");
                any = true;
                continue;
            }
            List<String> matched = new ArrayList<>();
            for (int i = 0; i < tile.procedures().size(); i++) {
                if (tile.foldedNames().get(i).contains(folded)) {
                    matched.add(tile.procedures().get(i).name());
                }
            }
            boolean visible = !matched.isEmpty() || tile.groupName().contains(folded);
            tile.button().setVisible(visible);
            any |= visible;
            if (!matched.isEmpty()) {
                tile.covers().setText(getTranslation("kiosk.take.matched", matched.stream().limit(PROCEDURES_SHOWN)
                        .collect(Collectors.joining(" · "))));
                tile.covers().addClassName("od-matched");
            } else {
                tile.covers().setText(tile.defaultCovers());
                tile.covers().removeClassName("od-matched");
            }
        }
        noMatch.removeAll();
        noMatch.setVisible(!any);
        if (!any) {
            NativeButton clear = new NativeButton(getTranslation("kiosk.take.clear-search"), e -> search.clear());
            clear.addClassName("od-back");
            noMatch.add(new Paragraph(getTranslation("kiosk.take.no-match", query.strip())), clear);
        }
    }
}
