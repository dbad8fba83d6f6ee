package vn.onedoor.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Value;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.device.DeviceInputs;
import vn.onedoor.device.DeviceType;
import vn.onedoor.device.DeviceView;
import vn.onedoor.queue.model.Priority;

/**
 * The citizens' kiosk. One screen at a time under a fixed header: home, take a number (normal or
 * priority), the ticket, procedures and forms. After {@code onedoor.kiosk.idle-seconds} without a
 * touch it goes home by itself, so the next citizen never finds someone else's half-done choice.
 * A scan from the kiosk's serial scanner opens the dossier lookup with it, or fills the rating door
 * when that is open.
 */
@Route("kiosk")
@Prototype
@DeviceView(DeviceType.KIOSK)
public class KioskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String VIETNAMESE = "vi";

    private final CenterDirectory directory;
    private final KioskServices services;
    private final KioskScanner scanner;
    private final int defaultIdleSeconds;
    private final vn.onedoor.center.CenterSettings settings;
    private final Div content = new Div();
    private Center center;
    private Component current;

    public KioskView(CenterDirectory directory, KioskServices services, DeviceInputs inputs,
            vn.onedoor.center.CenterSettings settings,
            @Value("${onedoor.kiosk.idle-seconds:30}") int idleSeconds) {
        this.directory = directory;
        this.services = services;
        this.scanner = new KioskScanner(inputs);
        this.settings = settings;
        this.defaultIdleSeconds = idleSeconds;
        setPadding(false);
        setSpacing(false);
        addClassName("od-kiosk");
        content.addClassName("od-kiosk-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        SessionCenter.of(directory).ifPresentOrElse(c -> {
            center = c;
            onlyOfferedLanguages(event.getUI());
            Div header = new Div(new H1(c.name()));
            header.addClassName("od-header");
            header.addClickListener(e -> home());
            add(header, content);
            home();
        }, () -> add(new Paragraph(getTranslation("common.no-center"))));
        if (isAttached()) {
            listen(event.getUI());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // The idle timer runs in the browser: any touch or key restarts it, and only its expiry
        // costs a round trip.
        getElement().executeJs("""
                const view = this; let timer;
                const restart = () => { clearTimeout(timer); timer = setTimeout(() => view.$server.idle(), $0 * 1000); };
                ['pointerdown', 'keydown', 'input'].forEach(type => document.addEventListener(type, restart, true));
                restart();""", idleSeconds());
        listen(attachEvent.getUI());
    }

    /**
     * The idle time the center set on its settings screen; without one, {@code onedoor.kiosk.idle-seconds}.
     */
    private int idleSeconds() {
        if (center == null) {
            return defaultIdleSeconds;
        }
        String set = settings.all(center.id()).get(vn.onedoor.center.Setting.KIOSK_IDLE_SECONDS);
        return set.equals(vn.onedoor.center.Setting.KIOSK_IDLE_SECONDS.defaultValue()) ? defaultIdleSeconds
                : Integer.parseInt(set);
    }

    /** A center that offers Vietnamese only: no language switch, and an English address comes back in Vietnamese. */
    private void onlyOfferedLanguages(UI ui) {
        if (settings.list(center.id(), vn.onedoor.center.Setting.KIOSK_LANGUAGES).contains("en")) {
            return;
        }
        ui.getChildren().filter(c -> c.getElement().getClassList().contains("od-lang-switch")).toList()
                .forEach(ui::remove);
        if (!VIETNAMESE.equals(ui.getLocale().getLanguage())) {
            ui.setLocale(java.util.Locale.forLanguageTag(VIETNAMESE));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        scanner.stop();
    }

    private void listen(UI ui) {
        scanner.stop();
        if (center != null) {
            scanner.follow(ui, this::scanned);
        }
    }

    /** A scan from the kiosk's serial scanner: into the rating door when it is open, otherwise into the lookup. */
    void scanned(String text) {
        if (current instanceof KioskRating rating) {
            rating.scanned(text);
        } else {
            DossierLookup lookup = current instanceof DossierLookup open ? open : lookUpDossier();
            lookup.scanned(text);
        }
    }

    /**
     * The browser saw no touch for the idle time: the kiosk is as the next citizen expects it,
     * at home and in Vietnamese, with nothing of the last citizen's choices or search left.
     */
    @ClientCallable
    public void idle() {
        UI ui = UI.getCurrent();
        if (ui != null && !VIETNAMESE.equals(ui.getLocale().getLanguage())) {
            // the guard applies ?lang= and the view is built again, language switch and all
            ui.navigate("kiosk", QueryParameters.of("lang", VIETNAMESE));
            return;
        }
        if (!(current instanceof KioskHome)) {
            home();
        }
    }

    void home() {
        show(new KioskHome(this));
    }

    void takeNumber(Priority priority) {
        show(new TakeNumber(this, center, services, priority));
    }

    void choosePriority() {
        show(new PriorityChoice(this));
    }

    void procedures() {
        show(new ProcedureBrowser(this, center, services, bean(KioskForms.class)));
    }

    void rate() {
        show(new KioskRating(this, center));
    }

    DossierLookup lookUpDossier() {
        DossierLookup lookup = new DossierLookup(this, center, bean(KioskDossiers.class), services);
        show(lookup);
        return lookup;
    }

    /** The dossier and form services come from the bean context, so this view's constructor stays as it is. */
    private static <T> T bean(Class<T> type) {
        return com.vaadin.flow.di.Instantiator.get(com.vaadin.flow.component.UI.getCurrent()).getOrCreate(type);
    }

    void notYet(String titleKey) {
        show(new NotYetAvailable(this, titleKey));
    }

    void show(Component screen) {
        content.removeAll();
        content.add(screen);
        current = screen;
    }

    /** What is on screen now (for the tests). */
    public Component current() {
        return current;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kiosk.title");
    }
}
