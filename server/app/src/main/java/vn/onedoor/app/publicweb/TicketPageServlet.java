package vn.onedoor.app.publicweb;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import vn.onedoor.app.vaadin.BundleI18nProvider;
import vn.onedoor.queue.PublicTicketStatus;
import vn.onedoor.queue.PublicTicketStatus.Status;

/**
 * The page a ticket's QR code opens on a phone: {@code /t/<id>-<signature>}. Plain HTML that
 * refreshes itself every 20 seconds; no Vaadin session, so a thousand phones cost next to nothing.
 */
public class TicketPageServlet extends HttpServlet {

    private static final int REFRESH_SECONDS = 20;

    private final transient PublicTicketStatus tickets;
    private final transient BundleI18nProvider i18n = new BundleI18nProvider();

    public TicketPageServlet(PublicTicketStatus tickets) {
        this.tickets = tickets;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = "en".equals(req.getParameter("lang")) ? Locale.ENGLISH : BundleI18nProvider.VIETNAMESE;
        String reference = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        Optional<Status> status = tickets.of(reference);
        resp.setStatus(status.isPresent() ? 200 : 404);
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write(page(status, locale).getBytes(StandardCharsets.UTF_8));
    }

    private String page(Optional<Status> status, Locale locale) {
        StringBuilder body = new StringBuilder();
        if (status.isEmpty()) {
            body.append("<p>").append(t(locale, "public.ticket.unknown")).append("</p>");
        } else {
            Status s = status.get();
            body.append("<p class=c>").append(escape(s.centerName())).append("</p>")
                    .append("<div class=n>").append(escape(s.number())).append("</div>")
                    .append("<p>").append(escape(s.serviceGroupName())).append("</p>")
                    .append("<p class=s>").append(t(locale, "public.ticket.status." + s.status())).append("</p>");
            if (s.notice() != null) {
                body.append("<p class=w>").append(t(locale, "public.ticket.notice." + s.notice(),
                        s.targetCounterNumber() == null ? 0 : s.targetCounterNumber())).append("</p>");
            } else if (s.waitingAhead() != null) {
                body.append("<p>").append(t(locale, "public.ticket.ahead", s.waitingAhead())).append("</p>");
            }
            if (s.counterNumber() != null) {
                body.append("<p class=s>").append(t(locale, "public.ticket.counter", s.counterNumber())).append("</p>");
            }
            body.append("<p class=m>").append(t(locale, "public.ticket.refresh", REFRESH_SECONDS)).append("</p>");
        }
        return "<!doctype html><html lang=" + locale.getLanguage() + "><head><meta charset=utf-8>"
                + "<meta name=viewport content='width=device-width,initial-scale=1'>"
                + (status.isPresent() ? "<meta http-equiv=refresh content=" + REFRESH_SECONDS + ">" : "")
                + "<title>" + t(locale, "public.ticket.title") + "</title><style>"
                + "body{font-family:system-ui,sans-serif;margin:0;padding:1.5rem;text-align:center;color:#1a1a1a}"
                + ".n{font-size:5rem;font-weight:800;color:#0b4f9c}.s{font-size:1.4rem;font-weight:700}"
                + ".c{font-weight:600}.m{color:#666;font-size:.9rem}.w{background:#fff3e0;color:#8a4b00;padding:.6rem;"
                + "font-weight:700}</style></head><body><h1>"
                + t(locale, "public.ticket.title") + "</h1>" + body + "</body></html>";
    }

    private String t(Locale locale, String key, Object... params) {
        return escape(i18n.getTranslation(key, locale, params));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
