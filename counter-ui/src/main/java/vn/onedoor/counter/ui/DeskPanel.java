package vn.onedoor.counter.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.queue.Actor;
import vn.onedoor.queue.CounterDesk;
import vn.onedoor.queue.ScreenQueries;
import vn.onedoor.queue.ScreenQueries.Desk;
import vn.onedoor.queue.TicketHandling;
import vn.onedoor.queue.model.CounterStatus;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.QueueRules;
import vn.onedoor.queue.model.Ticket;

/**
 * One counter at work: the ticket at it, the actions, who waits, what is parked and today's figures.
 * Every action goes to the queue services; a refusal is shown to the officer, and the panel then
 * reads the counter afresh.
 */
final class DeskPanel extends Div {

    static final int WAITING_SHOWN = 50;

    /** The queue services the panel acts through. */
    record Services(CounterDesk desk, TicketHandling handling, ScreenQueries screens, CenterDirectory directory,
            QueueRules rules, CounterDossiers dossiers) {}

    private final Services services;
    private final long counterId;
    private final long centerId;
    private final Actor actor;
    private final Runnable onClosed;
    private final CurrentTicketCard card = new CurrentTicketCard();
    private final DeskActions actions = new DeskActions(this::act);
    private final WaitingGrid waiting = new WaitingGrid(this::callOutOfTurn);
    private final ParkedList parked = new ParkedList(this::resume);
    private final Span waitingTitle = new Span();
    private final Span figures = new Span();
    private final DossierPanel dossier;
    private Desk last;
    private String suggestedOutcome;

    DeskPanel(Services services, long counterId, Center center, Actor actor, Runnable onClosed) {
        this.services = services;
        this.counterId = counterId;
        this.centerId = center.id();
        this.actor = actor;
        this.onClosed = onClosed;
        addClassName("od-desk");
        figures.addClassName("od-figures");
        H3 waitingHeading = new H3(waitingTitle);
        Div side = new Div(waitingHeading, waiting, parked);
        side.addClassName("od-desk-side");
        dossier = new DossierPanel(services.dossiers(), center, counterId, actor.userId(),
                outcome -> suggestedOutcome = outcome);
        Div main = new Div(card, actions, figures, dossier);
        main.addClassName("od-desk-main");
        add(main, side);
    }

    /** Reads the counter afresh and shows it. */
    void refresh() {
        last = services.screens().desk(counterId, WAITING_SHOWN);
        CounterStatus status = last.session().status();
        Ticket current = last.current();
        card.show(last.session(), current, last.at());
        if (dossier.ticketChanged(current)) {
            suggestedOutcome = null;
        }
        actions.update(status, current, services.rules().recallsBeforeNoShow());
        boolean free = status == CounterStatus.OPEN && current == null;
        waitingTitle.setText(getTranslation("counter.waiting.title", last.waitingTotal()));
        waiting.show(counterId, last.waiting(), free, last.at());
        parked.show(last.parked(), free);
        figures.setText(getTranslation("counter.figures", last.servedToday(),
                Texts.average(this, last.servedToday(), Texts.clock(last.averageServiceSeconds()))));
    }

    Desk last() {
        return last;
    }

    DeskActions actions() {
        return actions;
    }

    DossierPanel dossier() {
        return dossier;
    }

    private void act(DeskAction action) {
        switch (action) {
            case NEXT -> run(() -> {
                if (services.desk().callNext(counterId, actor).isEmpty()) {
                    Texts.done(this, "counter.nobody-waiting");
                }
            });
            case RECALL -> run(() -> services.handling().recall(counterId, actor));
            case NO_SHOW -> run(() -> services.handling().noShow(counterId, actor));
            case START -> run(() -> services.handling().start(counterId, actor));
            case PARK -> run(() -> services.handling().park(counterId, actor));
            case TRANSFER -> open(new TransferDialog(services.directory().serviceGroups(centerId),
                    services.directory().counters(centerId), (group, counter, keep) -> run(() ->
                            services.handling().transfer(counterId, group, counter, keep, actor))));
            case COMPLETE -> open(new OutcomeDialog(getTranslation("counter.complete.title"), suggestedOutcome,
                    outcome -> run(() -> services.handling().complete(counterId, outcome, actor))));
            case COMPLETE_AND_NEXT -> open(new OutcomeDialog(getTranslation("counter.complete.title"), suggestedOutcome,
                    outcome -> run(() -> services.desk().completeAndCallNext(counterId, outcome, actor))));
            case RECEIVE_DOSSIER -> {
                dossier.receive(last.current());
                refresh(); // the button disabled itself
            }
            case PAUSE -> open(new ReasonDialog(getTranslation("counter.pause.title"),
                    getTranslation("counter.pause.reason"), reason -> run(() ->
                            services.desk().pause(counterId, reason, actor))));
            case RESUME -> run(() -> services.desk().open(counterId, actor));
            case CLOSE -> {
                run(() -> services.desk().close(counterId, actor));
                if (last.session().status() == CounterStatus.CLOSED) {
                    onClosed.run();
                }
            }
        }
    }

    private void callOutOfTurn(Ticket ticket) {
        open(new ReasonDialog(getTranslation("counter.call.title", ticket.displayNumber()),
                getTranslation("counter.call.reason"), reason -> run(() ->
                        services.desk().call(counterId, ticket.id(), reason, actor))));
    }

    private void resume(Ticket ticket) {
        run(() -> services.handling().resume(counterId, ticket.id(), actor));
    }

    private void open(com.vaadin.flow.component.dialog.Dialog dialog) {
        dialog.open();
        refresh(); // the button that opened the dialog disabled itself
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (Rejection refused) {
            Texts.refused(this, refused);
        }
        refresh();
    }
}
