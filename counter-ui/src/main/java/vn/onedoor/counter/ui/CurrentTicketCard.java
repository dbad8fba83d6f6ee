package vn.onedoor.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import vn.onedoor.queue.model.CounterSession;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/**
 * The ticket at the counter in large type, its state and a timer since the call (or since service
 * began). The timer ticks in the browser from the elapsed time the server sends: no push every second.
 */
final class CurrentTicketCard extends Div {

    private static final String TICK = "const el = this; clearInterval(el._odTimer);"
            + "if ($0 < 0) { el.textContent = ''; return; }"
            + "const from = Date.now() - $0;"
            + "const pad = n => String(n).padStart(2, '0');"
            + "const show = () => { const s = Math.max(0, Math.floor((Date.now() - from) / 1000));"
            + "  el.textContent = (s >= 3600 ? Math.floor(s / 3600) + ':' : '') + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60); };"
            + "show(); el._odTimer = setInterval(show, 1000);";

    private final Span counter = new Span();
    private final Span number = new Span();
    private final Span state = new Span();
    private final Span badge = new Span();
    private final Span timerLabel = new Span();
    private final Span timer = new Span();
    private final Span recalls = new Span();

    CurrentTicketCard() {
        addClassName("od-current");
        number.addClassName("od-current-number");
        state.addClassName("od-current-state");
        timer.addClassName("od-timer");
        counter.addClassName("od-current-counter");
        Div side = new Div(state, badge, new Div(timerLabel, timer), recalls);
        side.addClassName("od-current-side");
        add(new Div(counter, number), side);
    }

    void show(CounterSession session, Ticket ticket, Instant now) {
        counter.setText(getTranslation("counter.desk.number", session.counterNumber(),
                getTranslation("counter.status." + session.status().name())));
        getElement().getClassList().set("od-paused", session.status() == CounterStatus.PAUSED);
        badge.removeAll();
        if (ticket == null) {
            number.setText(getTranslation("counter.none"));
            state.setText(session.status() == CounterStatus.PAUSED
                    ? getTranslation("counter.current.paused", session.pauseReason())
                    : getTranslation("counter.current.free"));
            timerLabel.setText("");
            recalls.setText("");
            tick(-1, "");
            return;
        }
        number.setText(ticket.displayNumber());
        state.setText(getTranslation("counter.ticket." + ticket.status().name()));
        badge.add(Texts.priorityBadge(this, ticket));
        boolean serving = ticket.status() == TicketStatus.SERVING && ticket.servingAt() != null;
        Instant from = serving ? ticket.servingAt() : ticket.calledAt();
        timerLabel.setText(getTranslation(serving ? "counter.current.serving-for" : "counter.current.called-for"));
        long elapsed = from == null ? -1 : Math.max(0, Duration.between(from, now).toMillis());
        recalls.setText(ticket.recallCount() == 0 ? "" : getTranslation("counter.current.recalls", ticket.recallCount()));
        tick(elapsed, elapsed < 0 ? "" : Texts.clock(elapsed / 1000));
    }

    private void tick(long elapsedMillis, String text) {
        timer.setText(text);
        timer.getElement().executeJs(TICK, (double) elapsedMillis);
    }

    String numberText() {
        return number.getText();
    }
}
