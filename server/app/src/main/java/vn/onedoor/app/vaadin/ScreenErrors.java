package vn.onedoor.app.vaadin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.onedoor.platform.db.StorageFailure;
import vn.onedoor.platform.rules.Rejection;

/**
 * No failed action on a screen goes unsaid: whatever a view does not catch itself reaches every
 * session's error handler, which tells the person on the screen in their language — a refusal by
 * its code's text, a database that does not answer as such, anything else as an unexpected error
 * with a reference that is also in the log.
 */
@Singleton
public class ScreenErrors implements VaadinServiceInitListener {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenErrors.class);
    private static final int SHOWN_MILLIS = 8000;

    private final BundleI18nProvider i18n;

    ScreenErrors(BundleI18nProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        String text = describe(event.getThrowable(), ui == null ? BundleI18nProvider.VIETNAMESE : ui.getLocale());
        if (ui != null) {
            Notification n = Notification.show(text, SHOWN_MILLIS, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** What to tell the person, and what to log. */
    String describe(Throwable thrown, java.util.Locale locale) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof Rejection r) {
                LOG.info("Refused on a screen: {} {}", r.code(), r.getMessage());
                String text = i18n.translationOrNull(r.messageKey(), locale, r.args());
                return text != null ? text : i18n.getTranslation("error.other", locale, r.getMessage());
            }
            if (t instanceof StorageFailure) {
                LOG.error("Database failure on a screen", t);
                return i18n.getTranslation("error.DATABASE_UNAVAILABLE", locale);
            }
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Unexpected error on a screen (reference {})", reference, thrown);
        return i18n.getTranslation("error.UNEXPECTED", locale, reference);
    }
}
