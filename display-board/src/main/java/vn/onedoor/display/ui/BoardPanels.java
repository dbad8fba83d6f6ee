package vn.onedoor.display.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.onedoor.display.ui.BoardData.CounterCell;
import vn.onedoor.display.ui.BoardData.GroupCell;
import vn.onedoor.display.ui.BoardData.Snapshot;
import vn.onedoor.queue.RecentCalls.Call;
import vn.onedoor.queue.model.CounterStatus;

/** The board's parts and how a snapshot fills them. */
final class BoardPanels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final BoardSettings settings;
    private final Div counters = new Div();
    private final Div latest = new Div();
    private final Div recent = new Div();
    private final Div waiting = new Div();
    private final Span clock = new Span();
    private final BoardVoice voice;
    /** The call the big panel shows, or null when it shows none. */
    private Call shownLatest;

    BoardPanels(BoardSettings settings, BoardVoice voice) {
        this.settings = settings;
        this.voice = voice;
        counters.addClassName("od-board-grid");
        latest.addClassName("od-board-latest");
        latest.setId("latest-call");
        recent.addClassName("od-board-recent");
        waiting.addClassName("od-board-waiting");
        clock.addClassName("od-board-clock");
    }

    int recentCallCount() {
        return settings.recentCalls();
    }

    Component header(String centerName) {
        Div header = new Div(new H1(centerName), clock);
        header.addClassName("od-board-header");
        return header;
    }

    Component body() {
        Div side = new Div(latest, new Div(t("board.recent")), recent);
        side.addClassName("od-board-side");
        Div body = new Div(counters, side);
        body.addClassName("od-board-body");
        return new Div(body, waiting);
    }

    private final Span tickerText = new Span();

    /** The ticker: the center's marquee text from its settings, else the configured one, else the welcome line. */
    Component ticker(String centerMarquee) {
        tickerText.addClassName("od-ticker-text");
        tickerText.setId("board-ticker");
        updateTicker(centerMarquee);
        Div ticker = new Div(tickerText);
        ticker.addClassName("od-ticker");
        return ticker;
    }

    /** Shows a changed marquee; the same text is left alone, so the scrolling does not restart. */
    void updateTicker(String centerMarquee) {
        String text = centerMarquee != null && !centerMarquee.isBlank() ? centerMarquee
                : settings.ticker().isEmpty() ? t("board.ticker.default") : settings.ticker();
        if (!text.equals(tickerText.getText())) {
            tickerText.setText(text);
        }
    }

    void startClock(Component board) {
        board.getElement().executeJs("""
                const clock = $0;
                const fmt = new Intl.DateTimeFormat('vi-VN', {timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit',
                    minute: '2-digit', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric'});
                const tick = () => clock.textContent = fmt.format(new Date());
                tick(); clearInterval(clock._timer); clock._timer = setInterval(tick, 1000);""", clock.getElement());
    }

    void show(Snapshot s) {
        counters.removeAll();
        String newest = s.recent().isEmpty() ? null : s.recent().get(0).number();
        for (CounterCell c : s.counters()) {
            counters.add(cell(c, newest));
        }
        // The big panel invites only to a counter that still has the citizen's number and is open:
        // after the counter pauses, closes or moves the ticket on, it shows the newest call that stands.
        Call standing = s.recent().stream().filter(call -> stands(call, s.counters())).findFirst().orElse(null);
        if (shownLatest == null || !stands(shownLatest, s.counters())) {
            if (standing == null) {
                clearLatest();
            } else {
                showLatest(standing);
            }
        }
        recent.removeAll();
        s.recent().stream().filter(call -> !same(call, shownLatest)).limit(Math.max(0, s.recent().size() - 1))
                .forEach(call -> recent.add(recentLine(call)));
        waiting.removeAll();
        for (GroupCell g : s.groups()) {
            Span count = new Span(String.valueOf(g.waiting()));
            count.addClassName("od-count");
            Div group = new Div(new Span(g.prefix() + " · " + g.name()), count);
            group.addClassName("od-board-group");
            group.getElement().setAttribute("data-prefix", g.prefix());
            waiting.add(group);
        }
    }

    /** A new call: large on the side, then the chime and the voice. */
    void announce(String number, Integer counterNumber) {
        if (counterNumber == null) {
            return;
        }
        showLatest(new Call(0, number, counterNumber, java.time.Instant.now()));
        latest.getElement().executeJs("this.classList.remove('od-flash'); void this.offsetWidth; this.classList.add('od-flash')");
        voice.announce(latest, number, counterNumber);
    }

    private static boolean same(Call a, Call b) {
        return b != null && a.number().equals(b.number()) && a.counterNumber() == b.counterNumber();
    }

    private static boolean stands(Call call, java.util.List<CounterCell> counters) {
        return counters.stream().anyMatch(c -> c.number() == call.counterNumber() && call.number().equals(c.ticketNumber())
                && c.status() == CounterStatus.OPEN);
    }

    private void showLatest(Call call) {
        shownLatest = call;
        latest.removeAll();
        Span n = new Span(call.number());
        n.addClassName("od-latest-number");
        latest.add(new Div(t("board.now-calling")), n, new Div(t("board.to-counter", call.counterNumber())));
    }

    private void clearLatest() {
        shownLatest = null;
        latest.removeAll();
    }

    private Div cell(CounterCell c, String newest) {
        Span number = new Span(c.ticketNumber() != null ? c.ticketNumber() : t("board.status." + c.status()));
        number.addClassName(c.ticketNumber() != null ? "od-number" : "od-counter-status");
        String footer = c.status() == CounterStatus.PAUSED && c.ticketNumber() != null
                ? t("board.status.PAUSED") : c.prefixes();
        Div cell = new Div(new Div(t("board.counter", c.number())), number, new Div(footer));
        cell.addClassName("od-board-cell");
        cell.getElement().setAttribute("data-counter", String.valueOf(c.number()));
        if (c.status() == CounterStatus.PAUSED) {
            cell.addClassName("od-paused");
        }
        if (c.ticketNumber() != null && c.ticketNumber().equals(newest)) {
            cell.addClassName("od-latest");
        }
        return cell;
    }

    private Div recentLine(Call call) {
        Div line = new Div(new Span(call.number()), new Span(t("board.counter", call.counterNumber())),
                new Span(TIME.format(call.calledAt())));
        line.addClassName("od-recent-line");
        return line;
    }

    private String t(String key, Object... params) {
        return counters.getTranslation(key, params);
    }
}
