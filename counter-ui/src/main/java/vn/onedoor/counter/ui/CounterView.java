package vn.onedoor.counter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.device.DeviceInputs;
import vn.onedoor.identity.Role;
import vn.onedoor.identity.StaffPrincipal;
import vn.onedoor.queue.Actor;
import vn.onedoor.queue.CounterDesk;
import vn.onedoor.queue.ScreenQueries;
import vn.onedoor.queue.ScreenSettings;
import vn.onedoor.queue.TicketHandling;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.QueueRules;

/**
 * The officer's counter screen. The first time, the officer picks a counter; it is remembered, and
 * opening the screen again sits them down at it (opening the counter) unless another officer works it.
 */
@Route("counter")
@Prototype
@RolesAllowed({"OFFICER", "MANAGER", "ADMIN"})
@StyleSheet("context://styles/counter.css")
public class CounterView extends VerticalLayout implements HasDynamicTitle {

    private final DeskPanel.Services services;
    private final ScreenSettings settings;
    private final Div content = new Div();
    private final StaffPrincipal me;
    private final Actor actor;
    private Center center;
    private long centerId;
    private DeskPanel desk;
    private CounterPicker picker;
    private final DeviceInputs inputs;
    private DeviceInputs.Registration scanner;

    public CounterView(CenterDirectory directory, CounterDesk counterDesk, TicketHandling handling,
            ScreenQueries screens, ScreenSettings settings, QueueRules rules, LiveRefresh live, CounterDossiers dossiers,
            DeviceInputs inputs) {
        this.inputs = inputs;
        this.services = new DeskPanel.Services(counterDesk, handling, screens, directory, rules, dossiers);
        this.settings = settings;
        this.me = StaffHome.current();
        this.actor = new Actor(me.userId(), me.role() != Role.OFFICER);
        setPadding(false);
        addClassName("od-staff-screen");
        Optional<Center> center = StaffHome.center(directory);
        add(new StaffHome(getTranslation("counter.title"), center));
        if (center.isEmpty()) {
            add(new Paragraph(getTranslation("common.no-center")));
            return;
        }
        this.center = center.get();
        centerId = this.center.id();
        content.setWidthFull();
        add(content);
        live.keep(this, centerId, this::refresh);
        addDetachListener(e -> stopScanner());
        settings.chosenCounter(me.userId()).ifPresentOrElse(this::sitDown, this::showPicker);
    }

    private void sitDown(long counterId) {
        try {
            services.desk().sitDown(counterId, actor);
        } catch (Rejection refused) {
            Texts.refused(this, refused);
            showPicker();
            return;
        }
        settings.chooseCounter(me.userId(), counterId);
        picker = null;
        desk = new DeskPanel(services, counterId, center, actor, this::showPicker);
        followScanner(counterId);
        content.removeAll();
        content.add(desk);
        desk.refresh();
    }

    private void showPicker() {
        desk = null;
        stopScanner();
        picker = new CounterPicker(services.directory().counters(centerId), me.userId(), this::sitDown);
        content.removeAll();
        content.add(picker);
        refresh();
    }

    private void refresh() {
        if (desk != null) {
            desk.refresh();
        } else if (picker != null) {
            picker.show(services.screens().dashboard(centerId).counters());
        }
    }

    /**
     * Opens the dossier of a scanned receipt (its QR's lookup link, or a bare code) at the officer's
     * counter: where a serial scanner on the counter PC delivers what it read. Nothing happens
     * while no counter is chosen.
     */
    public void openDossier(String scannedText) {
        if (desk != null) {
            desk.dossier().openDossier(scannedText);
        }
    }

    /** A serial scanner on the counter's PC (a SCANNER peripheral of this counter) opens what it reads here. */
    private void followScanner(long counterId) {
        stopScanner();
        UI ui = UI.getCurrent();
        scanner = inputs.forCounter(counterId, input -> {
            if (input.scan()) {
                ui.access(() -> openDossier(input.value()));
            }
        });
    }

    private void stopScanner() {
        if (scanner != null) {
            scanner.close();
            scanner = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counter.title");
    }
}
