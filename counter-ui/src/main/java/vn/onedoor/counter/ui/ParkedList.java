package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import vn.onedoor.queue.model.Ticket;

/** Tickets this counter parked today, each with a button to serve it again. */
final class ParkedList extends Div {

    private final Consumer<Ticket> resume;
    private final Div rows = new Div();

    ParkedList(Consumer<Ticket> resume) {
        this.resume = resume;
        addClassName("od-parked");
        add(new H3(getTranslation("counter.parked.title")), rows);
    }

    void show(List<Ticket> parked, boolean canResume) {
        rows.removeAll();
        if (parked.isEmpty()) {
            rows.add(new Span(getTranslation("counter.parked.none")));
        }
        for (Ticket t : parked) {
            Button back = new Button(getTranslation("counter.parked.resume"), e -> resume.accept(t));
            back.addThemeVariants(ButtonVariant.LUMO_SMALL);
            back.setDisableOnClick(true);
            back.setEnabled(canResume);
            Span number = new Span(t.displayNumber());
            number.addClassName("od-waiting-number");
            Div row = new Div(number, Texts.priorityBadge(this, t), back);
            row.addClassName("od-parked-row");
            rows.add(row);
        }
    }
}
