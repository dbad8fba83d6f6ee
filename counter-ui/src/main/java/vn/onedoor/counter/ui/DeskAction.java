package vn.onedoor.counter.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.queue.model.Ticket;
import vn.onedoor.queue.model.TicketStatus;

/**
 * The officer's actions at the counter, each with its keyboard shortcut and the states in which it
 * makes sense. Function keys for the ticket (F5 is left to reload the page), Alt+letter for the
 * counter itself and for dossiers (Alt+N: nhận hồ sơ; Alt+M, on the dossier field: mở hồ sơ).
 */
enum DeskAction {
    NEXT(Key.F2, null),
    RECALL(Key.F3, null),
    NO_SHOW(Key.F4, null),
    START(Key.F6, null),
    TRANSFER(Key.F7, null),
    PARK(Key.F8, null),
    COMPLETE(Key.F9, null),
    COMPLETE_AND_NEXT(Key.F10, null),
    RECEIVE_DOSSIER(Key.KEY_N, KeyModifier.ALT),
    PAUSE(Key.KEY_P, KeyModifier.ALT),
    RESUME(Key.KEY_P, KeyModifier.ALT),
    CLOSE(Key.KEY_X, KeyModifier.ALT);

    final Key key;
    final KeyModifier modifier;

    DeskAction(Key key, KeyModifier modifier) {
        this.key = key;
        this.modifier = modifier;
    }

    String labelKey() {
        return "counter.action." + name().toLowerCase().replace('_', '-');
    }

    /** What the officer presses, as written on the button: "F2", "Alt+P". */
    String keyLabel() {
        String k = key.getKeys().get(0).replace("Key", "");
        return modifier == null ? k : "Alt+" + k;
    }

    /**
     * Whether the action makes sense for a counter in {@code status} with {@code current} at it (may
     * be null), when a no-show needs {@code recallsBeforeNoShow} recalls first.
     */
    boolean allowed(CounterStatus status, Ticket current, int recallsBeforeNoShow) {
        TicketStatus t = current == null ? null : current.status();
        boolean atCounter = t == TicketStatus.CALLED || t == TicketStatus.SERVING;
        return switch (this) {
            case NEXT -> status == CounterStatus.OPEN && current == null;
            case RECALL, START -> t == TicketStatus.CALLED;
            case NO_SHOW -> t == TicketStatus.CALLED && current.recallCount() >= recallsBeforeNoShow;
            case TRANSFER, PARK, COMPLETE, RECEIVE_DOSSIER -> atCounter;
            case COMPLETE_AND_NEXT -> atCounter && status == CounterStatus.OPEN;
            case PAUSE -> status == CounterStatus.OPEN;
            case RESUME -> status == CounterStatus.PAUSED;
            case CLOSE -> status != CounterStatus.CLOSED && current == null;
        };
    }
}
