package vn.onedoor.app.device;

import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.onedoor.device.TicketPrinting.TicketToPrint;
import vn.onedoor.drivers.printer.TicketLayout;

/**
 * The words on a paper ticket, from the {@code i18n/ticket} bundle in the kiosk's language
 * (Vietnamese unless the kiosk is in English). The driver only draws them.
 */
@Singleton
public class TicketWording {

    static final String BUNDLE = "i18n.ticket";

    public TicketLayout layout(TicketToPrint t) {
        ResourceBundle words = bundle(t.language());
        String ahead = t.noCounterOpen() ? words.getString("ticket.no-counter-open")
                : t.waitingAhead() == 0 ? words.getString("ticket.ahead-none")
                : format(words, "ticket.ahead", t.waitingAhead());
        String wait = t.noCounterOpen() ? words.getString("ticket.no-counter-open-wait")
                : t.estimatedWaitMinutes() == 0 ? words.getString("ticket.wait-none")
                : format(words, "ticket.wait", t.estimatedWaitMinutes());
        String counters = t.counters().isEmpty() ? words.getString("ticket.counters-none")
                : format(words, "ticket.counters", t.counters().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return new TicketLayout(t.centerName(), t.number(), t.serviceGroupName(),
                DateTimeFormatter.ofPattern(words.getString("ticket.issued-at")).format(t.issuedAt()), ahead, wait, counters,
                t.qrText(), List.of(words.getString("ticket.footer.scan"), words.getString("ticket.footer.thanks")), null,
                t.priority() == null ? null : words.getString("ticket.priority." + t.priority()));
    }

    static ResourceBundle bundle(String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Numbers go in as text: MessageFormat would print 1.024 for 1024 in Vietnamese. */
    private static String format(ResourceBundle words, String key, Object value) {
        return words.getString(key).replace("{0}", String.valueOf(value));
    }
}
