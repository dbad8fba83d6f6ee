package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.center.CounterOverview;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.DeviceView;
import vn.onedoor.queue.model.Ticket;

/**
 * The rating terminal beside a counter. Idle it shows its counter; when that counter completes a
 * ticket it wakes up and asks the citizen to rate; after the vote it thanks them, and goes back to
 * idle after {@code onedoor.rating.thanks-seconds}, or after {@code onedoor.rating.timeout-seconds}
 * without a touch if nobody votes ({@link RatingTimer}). A key pressed on the counter's rating
 * keypad votes like a tap while the terminal asks, and is ignored while it sleeps; on waking the
 * terminal lights the keypad (WAKE_RATING).
 */
@Route("rating")
@Prototype
@DeviceView(DeviceType.RATING)
@StyleSheet("context://styles/rating.css")
public class RatingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** What the terminal shows; the body carries it as {@code data-state}, the screen's number as {@code data-screen}. */
    enum State { IDLE, ASKING, THANKS, REFUSED, NO_COUNTER }

    private static final Logger LOG = LoggerFactory.getLogger(RatingView.class);

    private final RatingServices services;
    private final Div body = new Div();
    private CounterOverview counter;
    private Runnable unsubscribe;
    private Runnable keypadOff;
    private State state = State.NO_COUNTER;
    /** The ticket the terminal asks about, while it asks. */
    private Ticket asking;
    /** Counts screens, so a timer armed for an earlier screen cannot end a later one. */
    private int screen;

    public RatingView(RatingServices services) {
        this.services = services;
        addClassName("od-rating");
        body.addClassName("od-rating-body");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        counter = services.counterOf(SessionCenter.of(services.directory()), SessionCenter.device()).orElse(null);
        add(styled(new Div(new H1(getTranslation("rating.title"))), "od-header"), body);
        idle();
        if (isAttached()) {
            listen(event.getUI());
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        RatingTimer.install(getElement());
        listen(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        stopListening();
    }

    /** Follows this terminal's counter; the router reuses the view for another ?device=, so it may be called again. */
    private void listen(UI ui) {
        stopListening();
        if (counter != null) {
            unsubscribe = services.onCompletedAt(counter.counter().centerId(), counter.counter().id(),
                    ticket -> ui.access(() -> ask(ticket)));
            keypadOff = services.onKeypadAt(counter.counter().id(), score -> ui.access(() -> keyPressed(score)));
        }
    }

    private void stopListening() {
        Optional.ofNullable(unsubscribe).ifPresent(Runnable::run);
        Optional.ofNullable(keypadOff).ifPresent(Runnable::run);
        unsubscribe = null;
        keypadOff = null;
    }

    /** A key of the counter's keypad: the same vote as a tap on that level, while the terminal asks. */
    private void keyPressed(int score) {
        if (state == State.ASKING && asking != null) {
            vote(asking, new RatingServices.Vote(score, List.of(), ""));
        } else {
            LOG.debug("Keypad of counter {} pressed ({}) while its terminal is {}: ignored", counter.counter().id(), score, state);
        }
    }

    /** The browser's timer for a screen ran out: back to idle, unless another screen came since. */
    @ClientCallable
    public void timeUp(int armedFor) {
        if (armedFor == screen && state != State.IDLE) {
            idle();
        }
    }

    private void idle() {
        if (counter == null) {
            show(State.NO_COUNTER, 0, new Paragraph(getTranslation("rating.no-counter")));
            return;
        }
        show(State.IDLE, 0, styled(new H2(counter.counter().name()), "od-rating-counter"),
                new Paragraph(getTranslation("rating.serves", counter.prefixes())),
                styled(new Paragraph(getTranslation("rating.waiting")), "od-rating-idle-text"));
    }

    private void ask(Ticket ticket) {
        asking = ticket;
        if (SessionCenter.device().isPresent()) {
            services.terminalWoke(ticket);
        }
        show(State.ASKING, services.timeoutSeconds(), new H2(getTranslation("rating.question", counter.counter().name())),
                styled(new Paragraph(getTranslation("rating.ticket", ticket.displayNumber())), "od-rating-ticket"),
                new RatingForm(services.scale(ticket.centerId()), vote -> vote(ticket, vote)));
    }

    private void vote(Ticket ticket, RatingServices.Vote vote) {
        RatingServices.Outcome outcome = services.rateVisit(ticket, vote,
                SessionCenter.device().map(DevicePrincipal::deviceId).orElse(null));
        String detail = switch (outcome) {
            case RECORDED -> "rating.thanks.detail";
            case ALREADY_RATED -> "rating.error.ALREADY_RATED";
            case FAILED -> "rating.error.OTHER";
        };
        show(outcome == RatingServices.Outcome.RECORDED ? State.THANKS : State.REFUSED, services.thanksSeconds(),
                new H2(getTranslation("rating.thanks")), new Paragraph(getTranslation(detail)));
    }

    private void show(State next, int seconds, Component... parts) {
        if (next != State.ASKING) {
            asking = null;
        }
        state = next;
        screen++;
        body.removeAll();
        body.add(parts);
        body.getElement().setAttribute("data-state", next.name());
        body.getElement().setAttribute("data-screen", String.valueOf(screen));
        RatingTimer.arm(getElement(), seconds, screen);
    }

    private static <T extends HasStyle> T styled(T component, String className) {
        component.addClassName(className);
        return component;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rating.title");
    }
}
