package vn.onedoor.display.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import java.time.Duration;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.DeviceView;
import vn.onedoor.identity.StaffPrincipal;
import vn.onedoor.queue.QueueListeners;
import vn.onedoor.queue.RefreshScheduler;
import vn.onedoor.queue.RefreshThrottle;
import vn.onedoor.queue.model.QueueEvent;

/**
 * The wall board, live: every counter with the number it serves, the newest call large, the last
 * calls for whoever missed theirs, waiting counts per group and a news ticker. Each call is
 * announced with a chime and a Vietnamese voice. The board reads everything again after each
 * burst of events (at most every 250 ms), so it never drifts from the database; after a server restart the browser
 * reloads the page by itself and shows the right state.
 */
@Route("display")
@Prototype
@DeviceView(DeviceType.DISPLAY)
public class BoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Duration REFRESH_INTERVAL = Duration.ofMillis(250);

    private final CenterDirectory directory;
    private final BoardData data;
    private final QueueListeners listeners;
    private final BoardPanels panels;
    private final BoardVoice voice;
    private final BoardSettings settings;
    private final RefreshScheduler scheduler;
    private Center center;
    private AutoCloseable subscription;

    private final vn.onedoor.center.CenterSettings centerSettings;

    public BoardView(CenterDirectory directory, BoardData data, QueueListeners listeners, BoardSettings settings,
            BoardVoice voice, RefreshScheduler scheduler, vn.onedoor.center.CenterSettings centerSettings) {
        this.centerSettings = centerSettings;
        this.directory = directory;
        this.data = data;
        this.listeners = listeners;
        this.panels = new BoardPanels(settings, voice);
        this.voice = voice;
        this.settings = settings;
        this.scheduler = scheduler;
        addClassName("od-board");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        VaadinSession session = VaadinSession.getCurrent();
        directory.centerFor(session.getAttribute(DevicePrincipal.class), session.getAttribute(StaffPrincipal.class))
                .ifPresentOrElse(c -> {
                    center = c;
                    add(panels.header(c.name()), panels.body(),
                            panels.ticker(centerSettings.get(c.id(), vn.onedoor.center.Setting.BOARD_MARQUEE)));
                    refresh();
                }, () -> add(new H1(getTranslation("common.no-center"))));
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (center == null) {
            return;
        }
        UI ui = attach.getUI();
        RefreshThrottle refresher = new RefreshThrottle(REFRESH_INTERVAL, System::nanoTime, scheduler,
                task -> ui.access(task::run), this::refresh);
        subscription = listeners.subscribe(center.id(), event -> {
            if (event instanceof QueueEvent.TicketCalled || event instanceof QueueEvent.TicketRecalled) {
                QueueEvent.OfTicket call = (QueueEvent.OfTicket) event;
                ui.access(() -> panels.announce(call.ticket().displayNumber(), call.counterNumber()));
            }
            refresher.request();
        });
        panels.startClock(this);
        voice.prepare(ui, voiceOf(center.id()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            subscription = null;
        }
    }

    /** Reads the counters, the last calls and the waiting counts again, and the center's marquee and voice. */
    public void refresh() {
        panels.show(data.snapshot(center.id(), panels.recentCallCount()));
        panels.updateTicker(centerSettings.get(center.id(), vn.onedoor.center.Setting.BOARD_MARQUEE));
        getUI().ifPresent(ui -> voice.prepare(ui, voiceOf(center.id())));
    }

    /** The voice as the center set it: spoken or not (and not when configured off), its volume and repeats. */
    private BoardVoice.Voice voiceOf(long centerId) {
        return new BoardVoice.Voice(settings.speech() && centerSettings.flag(centerId, vn.onedoor.center.Setting.BOARD_VOICE),
                centerSettings.number(centerId, vn.onedoor.center.Setting.BOARD_VOICE_VOLUME),
                centerSettings.number(centerId, vn.onedoor.center.Setting.BOARD_VOICE_REPEATS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }
}
