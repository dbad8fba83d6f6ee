package vn.onedoor.counter.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import vn.onedoor.queue.model.Ticket;

/** Who waits for this counter, in calling order, priority marked; any one can be called with a reason. */
final class WaitingGrid extends Grid<Ticket> {

    private Instant now = Instant.now();
    private long counterId;
    private boolean canCall;

    WaitingGrid(Consumer<Ticket> callThis) {
        addClassName("od-waiting");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        addComponentColumn(this::numberCell).setKey("number").setHeader(getTranslation("counter.waiting.number"))
                .setFlexGrow(2);
        addColumn(t -> Texts.clock(Duration.between(Ticket.instantOfQueueKey(t.queueKey()), now).toSeconds()))
                .setHeader(getTranslation("counter.waiting.waited")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(t -> {
            Button call = new Button(getTranslation("counter.waiting.call"), e -> callThis.accept(t));
            call.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            call.setEnabled(canCall);
            return call;
        }).setKey("call").setAutoWidth(true).setFlexGrow(0);
    }

    private Div numberCell(Ticket t) {
        Span number = new Span(t.displayNumber());
        number.addClassName("od-waiting-number");
        Div cell = new Div(number, Texts.priorityBadge(this, t));
        if (t.targetCounterId() != null && t.targetCounterId() == counterId) {
            Span sent = new Span(getTranslation("counter.waiting.sent-here"));
            sent.addClassName("od-sent");
            cell.add(sent);
        }
        cell.addClassName("od-waiting-cell");
        return cell;
    }

    void show(long counter, List<Ticket> waiting, boolean callAllowed, Instant at) {
        this.counterId = counter;
        this.canCall = callAllowed;
        this.now = at;
        setItems(waiting);
    }
}
