package vn.onedoor.counter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import vn.onedoor.identity.Caller;
import vn.onedoor.identity.StaffPrincipal;
import vn.onedoor.platform.rules.Rejection;

/** What the administration screens share: who is acting, and a refusal shown on the field it names. */
final class AdminSupport {

    /** The session attribute holding the center an installation administrator is working on. */
    static final String CHOSEN_CENTER = "onedoor.admin.center";

    private AdminSupport() {}

    static Caller caller() {
        StaffPrincipal me = StaffHome.current();
        VaadinSession session = VaadinSession.getCurrent();
        String address = session == null || session.getBrowser() == null ? null : session.getBrowser().getAddress();
        return Caller.of(me, address);
    }

    /**
     * Runs a change; a refusal is shown on the field it names (when the form has it) and in a
     * notification, so no failed action goes unseen. Returns whether the change was made.
     */
    static boolean attempt(Component on, Map<String, ? extends HasValidation> fields, Runnable change) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            change.run();
            return true;
        } catch (Rejection r) {
            String text = Texts.message(on, r);
            HasValidation field = r.field() == null ? null : fields.get(r.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
            Texts.refused(on, r);
            return false;
        }
    }
}
