package vn.onedoor.app.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.onedoor.device.DevicePrincipal;
import vn.onedoor.device.DeviceRegistry;
import vn.onedoor.device.DeviceView;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.StaffPrincipal;

/**
 * Micronaut Security guards {@code /api}, not the Vaadin servlet, so every navigation passes here.
 * A view is open only if it says so: {@code @AnonymousAllowed}, {@code @RolesAllowed} for staff
 * (signed in through the login view) or {@link DeviceView} for devices (their token in
 * {@code ?device=}). It also applies {@code ?lang=vi|en}; Vietnamese is the default.
 */
@Singleton
public class AccessGuard implements VaadinServiceInitListener {

    static final String LOGIN_ROUTE = "login";
    static final String DEVICE_REQUIRED_ROUTE = "device-required";

    static final String PASSWORD_ROUTE = "password";

    private final DeviceRegistry devices;
    private final StaffAccounts accounts;

    AccessGuard(DeviceRegistry devices, StaffAccounts accounts) {
        this.devices = devices;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale chosen = ui.getSession().getAttribute(Locale.class);
            ui.setLocale(chosen != null ? chosen : BundleI18nProvider.VIETNAMESE);
            ui.addBeforeEnterListener(this::beforeEnter);
        });
    }

    void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = event.getUI().getSession();
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        first(query, "lang").flatMap(AccessGuard::supported).ifPresent(locale -> {
            session.setAttribute(Locale.class, locale);
            event.getUI().setLocale(locale);
        });
        first(query, "device").ifPresent(token ->
                session.setAttribute(DevicePrincipal.class, devices.authenticate(token).orElse(null)));

        showLanguageSwitch(event.getUI(), event.getLocation().getPath());

        Class<?> target = event.getNavigationTarget();
        StaffPrincipal staff = current(session);
        if (target.isAnnotationPresent(AnonymousAllowed.class)) {
            return;
        }
        DeviceView deviceView = target.getAnnotation(DeviceView.class);
        if (deviceView != null) {
            DevicePrincipal device = session.getAttribute(DevicePrincipal.class);
            boolean deviceFits = device != null && Arrays.asList(deviceView.value()).contains(device.type());
            if (!deviceFits && staff == null) {
                event.rerouteTo(DEVICE_REQUIRED_ROUTE);
            }
            return;
        }
        RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
        if (roles == null || staff == null || !staff.hasAnyRole(Arrays.asList(roles.value()))) {
            String next = event.getLocation().getPathWithQueryParameters();
            event.rerouteTo(LOGIN_ROUTE, QueryParameters.of("next", next));
            return;
        }
        if (staff.mustChangePassword() && !PASSWORD_ROUTE.equals(event.getLocation().getPath())) {
            event.rerouteTo(PASSWORD_ROUTE);
        }
    }

    /**
     * The signed-in member as the database has them now: an account disabled, reset or given
     * another role or center meanwhile is signed out or seen as it is at the next navigation.
     */
    private StaffPrincipal current(VaadinSession session) {
        StaffPrincipal kept = session.getAttribute(StaffPrincipal.class);
        if (kept == null) {
            return null;
        }
        StaffPrincipal now = accounts.current(kept.userId()).orElse(null);
        if (!java.util.Objects.equals(now, kept)) {
            session.setAttribute(StaffPrincipal.class, now);
        }
        return now;
    }

    private static void showLanguageSwitch(UI ui, String path) {
        ui.getChildren().filter(LanguageSwitch.class::isInstance).toList().forEach(ui::remove);
        ui.add(new LanguageSwitch(path, ui.getLocale()));
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return Optional.ofNullable(query.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0));
    }

    private static Optional<Locale> supported(String tag) {
        return BundleI18nProvider.LOCALES.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
    }
}
