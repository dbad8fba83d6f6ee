package vn.onedoor.kiosk.ui;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.identity.StaffPrincipal;

/** The center this browser works for, from the principals the access guard put in the session. */
final class SessionCenter {

    private SessionCenter() {}

    static Optional<Center> of(CenterDirectory directory) {
        VaadinSession session = VaadinSession.getCurrent();
        return directory.centerFor(session.getAttribute(DevicePrincipal.class), session.getAttribute(StaffPrincipal.class));
    }

    static Optional<DevicePrincipal> device() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(DevicePrincipal.class));
    }

    static Optional<StaffPrincipal> staff() {
        return Optional.ofNullable(VaadinSession.getCurrent().getAttribute(StaffPrincipal.class));
    }

    /** Who asks, for the lookup's rate limit: this kiosk, or the staff member previewing the screen. */
    static String caller() {
        return device().map(d -> "device:" + d.deviceId())
                .orElseGet(() -> "staff:" + staff().map(StaffPrincipal::userId).orElse(0L));
    }
}
