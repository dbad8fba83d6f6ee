package vn.onedoor.counter.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.onedoor.identity.PasswordPolicy;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.identity.StaffPrincipal;

/**
 * Changing one's own password: any signed-in member from the top bar, and, after a sign-in with a
 * one-time password, before anything else. The policy is stated on the screen.
 */
@Route(PasswordView.ROUTE)
@Prototype
@RolesAllowed({"ADMIN", "MANAGER", "OFFICER"})
public class PasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "password";

    public PasswordView(StaffAccounts accounts) {
        setMaxWidth("40em");
        StaffPrincipal me = StaffHome.current();
        add(new StaffHome(getTranslation("password.title"), Optional.empty()));
        if (me != null && me.mustChangePassword()) {
            Paragraph first = new Paragraph(getTranslation("password.one-time"));
            first.setId("password-one-time");
            first.addClassName("od-note");
            add(first);
        }
        add(new Paragraph(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH)));
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("password-current");
        PasswordField next = new PasswordField(getTranslation("password.new"));
        next.setId("password-new");
        PasswordField again = new PasswordField(getTranslation("password.again"));
        again.setId("password-again");
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("currentPassword", current);
        fields.put("password", next);
        Button save = new Button(getTranslation("password.save"), e -> {
            if (!next.getValue().equals(again.getValue())) {
                again.setErrorMessage(getTranslation("password.mismatch"));
                again.setInvalid(true);
                return;
            }
            again.setInvalid(false);
            StaffPrincipal[] changed = new StaffPrincipal[1];
            VaadinSession session = VaadinSession.getCurrent();
            String address = session.getBrowser() == null ? null : session.getBrowser().getAddress();
            if (AdminSupport.attempt(this, fields, () -> changed[0] = accounts.changeOwnPassword(me.username(),
                    current.getValue(), next.getValue(), address))) {
                session.setAttribute(StaffPrincipal.class, changed[0]);
                Texts.done(this, "password.changed");
                getUI().ifPresent(ui -> ui.navigate(StaffHome.routeFor(changed[0].role())));
            }
        });
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(current, next, again), save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
