package vn.onedoor.counter.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import java.util.HashMap;
import java.time.LocalDate;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.rating.RatingComments;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.Role;
import vn.onedoor.device.DeviceAlerts;
import vn.onedoor.queue.AlertThresholds;
import vn.onedoor.queue.ScreenQueries;
import vn.onedoor.queue.ScreenQueries.Dashboard;
import vn.onedoor.queue.ScreenSettings;

/**
 * The manager's dashboard: alerts on top, then each service group and each counter with today's
 * figures. Live on queue events; a slow poll as well, because a wait passes its threshold by
 * time alone.
 */
@Route("manage")
@Prototype
@RolesAllowed({"MANAGER", "ADMIN"})
@StyleSheet("context://styles/counter.css")
public class ManageView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 15_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ScreenQueries screens;
    private final ScreenSettings settings;
    private final AlertBanner alerts = new AlertBanner();
    private final GroupFiguresGrid groups = new GroupFiguresGrid();
    private final CounterFiguresGrid counters = new CounterFiguresGrid();
    private final ThresholdForm thresholds = new ThresholdForm(this::saveThresholds);
    private final Span updated = new Span();
    private Center center;
    private Registration poll;

    public ManageView(CenterDirectory directory, ScreenQueries screens, ScreenSettings settings, LiveRefresh live,
            DeviceAlerts deviceAlerts, RatingComments comments, StaffAccounts staff, Clock clock) {
        this.screens = screens;
        this.settings = settings;
        setPadding(false);
        addClassName("od-staff-screen");
        Optional<Center> found = StaffHome.center(directory);
        add(new StaffHome(getTranslation("manage.title"), found));
        if (found.isEmpty()) {
            add(new Paragraph(getTranslation("common.no-center")));
            return;
        }
        center = found.get();
        updated.addClassName("od-updated");
        VerticalLayout body = new VerticalLayout(new DeviceAlertBanner(center.id(), deviceAlerts), alerts, new H3(getTranslation("manage.groups")), groups,
                new H3(getTranslation("manage.counters")), counters, new H3(getTranslation("manage.thresholds")),
                thresholds, updated, new H3(getTranslation("manage.comments")), commentsPanel(directory, comments, staff,
                        clock));
        body.addClassName("od-dashboard");
        add(body);
        live.keep(this, center.id(), this::refresh);
        refresh();
        thresholds.show(settings.thresholds(center.id()));
    }

    private RatingCommentsPanel commentsPanel(CenterDirectory directory, RatingComments comments, StaffAccounts staff,
            Clock clock) {
        ZoneId zone = ZoneId.of(center.timeZone());
        Map<Long, String> officers = new HashMap<>();
        staff.users().stream().filter(u -> center.id().equals(u.centerId()) || u.centerId() == null)
                .filter(u -> u.role() == Role.OFFICER)
                .forEach(u -> officers.put(u.id(), u.fullName() == null || u.fullName().isBlank() ? u.username()
                        : u.fullName()));
        return new RatingCommentsPanel(comments, center.id(), zone, directory.counters(center.id()), officers,
                LocalDate.now(clock.withZone(zone)));
    }

    void refresh() {
        Dashboard board = screens.dashboard(center.id());
        alerts.show(board.alerts());
        groups.show(board.groups(), board.alerts());
        counters.show(board.counters());
        updated.setText(getTranslation("manage.updated",
                TIME.format(board.at().atZone(ZoneId.of(center.timeZone())))));
    }

    private void saveThresholds(AlertThresholds t) {
        settings.saveThresholds(center.id(), t);
        Texts.done(this, "manage.threshold.saved");
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (center != null) {
            event.getUI().setPollInterval(POLL_MILLIS);
            poll = event.getUI().addPollListener(e -> refresh());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            event.getUI().setPollInterval(-1);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manage.title");
    }
}
