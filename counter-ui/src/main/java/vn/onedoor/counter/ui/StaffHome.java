package vn.onedoor.counter.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import vn.onedoor.center.Center;
import vn.onedoor.center.CenterDirectory;
import vn.onedoor.identity.Role;
import vn.onedoor.identity.StaffPrincipal;

/** The bar on top of staff screens: center, links by role, who is signed in, sign-out. */
@StyleSheet("context://styles/counter.css")
final class StaffHome extends Div {

    StaffHome(String title, Optional<Center> center) {
        addClassName("od-header");
        StaffPrincipal me = current();
        Div links = new Div();
        links.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");
        if (me != null) {
            links.add(new Anchor("counter", getTranslation("nav.counter")));
            if (me.role() != Role.OFFICER) {
                links.add(new Anchor("manage", getTranslation("nav.manage")));
            }
            if (me.role() == Role.ADMIN) {
                links.add(new Anchor("admin", getTranslation("nav.admin")));
            }
        }
        Span who = new Span(me == null ? "" : getTranslation("staff.signed-in-as", me.fullName(), me.username()));
        Anchor password = new Anchor(PasswordView.ROUTE, getTranslation("password.link"));
        password.setVisible(me != null);
        Button signOut = new Button(getTranslation("staff.sign-out"), e -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        Div right = new Div(who, password, signOut);
        right.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center");
        add(new H2(title + center.map(c -> " · " + c.name()).orElse("")), links, right);
    }

    static StaffPrincipal current() {
        return VaadinSession.getCurrent().getAttribute(StaffPrincipal.class);
    }

    static Optional<Center> center(CenterDirectory directory) {
        return directory.centerFor(null, current());
    }

    static String routeFor(Role role) {
        return switch (role) {
            case ADMIN -> "admin";
            case MANAGER -> "manage";
            case OFFICER -> "counter";
        };
    }

    private static void signOut() {
        VaadinSession.getCurrent().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("login");
    }
}
