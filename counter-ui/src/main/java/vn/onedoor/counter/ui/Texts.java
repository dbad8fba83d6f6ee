package vn.onedoor.counter.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.queue.model.Priority;
import vn.onedoor.queue.model.Ticket;

/** Small wordings shared by the staff screens: durations, priority badges, refusals. */
final class Texts {

    private Texts() {}

    /** "12:05" for minutes and seconds; "1:02:05" past an hour. */
    static String clock(long seconds) {
        long s = Math.max(0, seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%02d:%02d", s / 60, s % 60);
    }

    /** A duration in whole minutes, as people read it on a dashboard: "12 phút". */
    static String minutes(Component on, long seconds) {
        return on.getTranslation("counter.minutes", Math.round(seconds / 60.0));
    }

    /** An average of nothing yet is a dash, not a zero that looks like a measurement. */
    static String average(Component on, long count, String formatted) {
        return count == 0 ? on.getTranslation("counter.none") : formatted;
    }

    /** The priority reason of a ticket as a badge; an empty span for a normal ticket. */
    static Span priorityBadge(Component on, Ticket ticket) {
        Span badge = new Span();
        if (ticket.priority() != Priority.NORMAL) {
            badge.setText(on.getTranslation("counter.priority." + ticket.priority().name()));
            badge.addClassName("od-priority");
        }
        return badge;
    }

    /** Tells the officer why an action was refused, in their language. */
    static void refused(Component on, Rejection rejection) {
        error(on, message(on, rejection));
    }

    /** Something went wrong that the officer must see, at the top of the screen. */
    static void error(Component on, String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Why a service refused, in the officer's words: the bundle's text for its code, with its values. */
    static String message(Component on, Rejection rejection) {
        String text = on.getTranslation(rejection.messageKey(), rejection.args());
        return text.equals("!" + rejection.messageKey() + "!") ? on.getTranslation("error.other", rejection.getMessage())
                : text;
    }

    /** The bundle's text for {@code key}; for a case the bundle does not know, {@code otherKey} with the detail. */
    static String known(Component on, String key, String otherKey, Object detail) {
        String text = on.getTranslation(key);
        return text.equals("!" + key + "!") ? on.getTranslation(otherKey, detail) : text;
    }

    static void done(Component on, String key, Object... params) {
        Notification n = Notification.show(on.getTranslation(key, params), 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
