package vn.onedoor.counter.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.micronaut.context.annotation.Prototype;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.StaffPrincipal;

/** Staff sign-in. The signed-in member is kept in the Vaadin session for the access guard. */
@Route("login")
@Prototype
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffAccounts accounts;
    private final LoginForm form = new LoginForm();
    private String next = "";

    public LoginView(StaffAccounts accounts) {
        this.accounts = accounts;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(e -> signIn(e.getUsername(), e.getPassword()));
        add(new H1(getTranslation("login.product")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getSingleParameter("next").orElse("");
        StaffPrincipal current = VaadinSession.getCurrent().getAttribute(StaffPrincipal.class);
        form.setError(current != null && !next.isEmpty());
        if (current != null && !next.isEmpty()) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.denied.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.denied.message", current.username()));
            form.setI18n(i18n);
        }
    }

    private void signIn(String username, String password) {
        VaadinSession session = VaadinSession.getCurrent();
        String address = session.getBrowser() == null ? null : session.getBrowser().getAddress();
        StaffAccounts.SignIn signIn = accounts.signIn(username, password, address);
        if (signIn.refused()) {
            form.setI18n(i18n());
            form.setError(true);
            return;
        }
        StaffPrincipal principal = signIn.principal();
        // A new HTTP session on sign-in, so a session id seen before it is worth nothing after.
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        VaadinSession.getCurrent().setAttribute(StaffPrincipal.class, principal);
        // a one-time password opens nothing but its own change
        String target = principal.mustChangePassword() ? PasswordView.ROUTE
                : next.isEmpty() ? StaffHome.routeFor(principal.role()) : next;
        int query = target.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(query < 0 ? target : target.substring(0, query),
                query < 0 ? com.vaadin.flow.router.QueryParameters.empty()
                        : com.vaadin.flow.router.QueryParameters.fromString(target.substring(query + 1))));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        // the fields' own "required" messages, which are English unless given
        i18n.getErrorMessage().setUsername(getTranslation("login.error.username-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
