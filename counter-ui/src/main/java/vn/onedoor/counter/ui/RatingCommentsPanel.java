package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.rating.RatingComments;
import vn.onedoor.rating.RatingComments.Comment;

/**
 * What citizens wrote with their votes, for the manager: date, counter, officer, level, comment
 * and dossier, newest first, filtered by period, counter, officer, satisfaction and words.
 */
final class RatingCommentsPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final int DAYS_SHOWN = 30;

    private final RatingComments comments;
    private final long centerId;
    private final ZoneId zone;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Long> counter = new Select<>();
    private final Select<Long> officer = new Select<>();
    private final Select<String> satisfied = new Select<>();
    private final TextField words = new TextField();
    private final Grid<Comment> grid = new Grid<>();
    private final Span count = new Span();

    RatingCommentsPanel(RatingComments comments, long centerId, ZoneId zone, List<CounterOverview> counters,
            Map<Long, String> officers, LocalDate today) {
        this.comments = comments;
        this.centerId = centerId;
        this.zone = zone;
        addClassName("od-comments");
        setId("od-comments");
        from.setLabel(getTranslation("manage.comments.from"));
        from.setValue(today.minusDays(DAYS_SHOWN));
        to.setLabel(getTranslation("manage.comments.to"));
        to.setValue(today);
        counter.setLabel(getTranslation("manage.comments.counter"));
        counter.setEmptySelectionAllowed(true);
        counter.setEmptySelectionCaption(getTranslation("manage.comments.all"));
        counter.setItems(counters.stream().map(c -> c.counter().id()).toList());
        Map<Long, Integer> numbers = counters.stream().collect(java.util.stream.Collectors.toMap(c -> c.counter().id(),
                c -> c.counter().number()));
        counter.setItemLabelGenerator(id -> id == null ? getTranslation("manage.comments.all")
                : getTranslation("counter.counter-number", numbers.get(id)));
        officer.setLabel(getTranslation("manage.comments.officer"));
        officer.setEmptySelectionAllowed(true);
        officer.setEmptySelectionCaption(getTranslation("manage.comments.all"));
        officer.setItems(officers.keySet().stream().sorted(java.util.Comparator.comparing(officers::get)).toList());
        officer.setItemLabelGenerator(id -> id == null ? getTranslation("manage.comments.all") : officers.get(id));
        satisfied.setLabel(getTranslation("manage.comments.satisfaction"));
        satisfied.setItems("ALL", "SATISFIED", "NOT_SATISFIED");
        satisfied.setItemLabelGenerator(v -> getTranslation("manage.comments.satisfaction." + v));
        satisfied.setValue("ALL");
        words.setLabel(getTranslation("manage.comments.words"));
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(from, to).forEach(p -> p.addValueChangeListener(e -> load()));
        counter.addValueChangeListener(e -> load());
        officer.addValueChangeListener(e -> load());
        satisfied.addValueChangeListener(e -> load());
        words.addValueChangeListener(e -> load());
        Div filters = new Div(from, to, counter, officer, satisfied, words,
                new Button(getTranslation("manage.comments.refresh"), e -> load()));
        filters.addClassName("od-comment-filters");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("od-comments-grid");
        grid.addColumn(c -> WHEN.format(c.ratedAt().atZone(zone))).setHeader(getTranslation("manage.comments.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.counterNumber() == null ? "" : String.valueOf(c.counterNumber()))
                .setHeader(getTranslation("manage.comments.counter")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.officerName() == null ? "" : c.officerName())
                .setHeader(getTranslation("manage.comments.officer")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.satisfied() ? "manage.comments.level.satisfied"
                : "manage.comments.level.not-satisfied", c.score(), c.scaleSize()))
                .setHeader(getTranslation("manage.comments.level")).setAutoWidth(true);
        grid.addColumn(Comment::comment).setHeader(getTranslation("manage.comments.comment")).setFlexGrow(4);
        grid.addColumn(c -> c.dossierCode() == null ? "" : c.dossierCode())
                .setHeader(getTranslation("manage.comments.dossier")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        count.addClassName("od-muted");
        add(filters, count, grid);
        load();
    }

    void load() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        Boolean sat = "ALL".equals(satisfied.getValue()) || satisfied.getValue() == null ? null
                : "SATISFIED".equals(satisfied.getValue());
        try {
            List<Comment> found = comments.of(centerId, new RatingComments.Filter(from.getValue(), to.getValue(),
                    counter.getValue(), officer.getValue(), sat, words.getValue()));
            grid.setItems(found);
            count.setText(getTranslation(found.size() >= RatingComments.LIMIT ? "manage.comments.count-limited"
                    : "manage.comments.count", found.size()));
        } catch (Rejection refused) {
            grid.setItems(List.of());
            count.setText(Texts.message(this, refused));
        }
    }
}
