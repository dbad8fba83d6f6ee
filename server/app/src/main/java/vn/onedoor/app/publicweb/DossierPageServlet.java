package vn.onedoor.app.publicweb;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.onedoor.app.vaadin.BundleI18nProvider;
import vn.onedoor.dossier.LookUpDossier;
import vn.onedoor.dossier.LookupRateLimiter;
import vn.onedoor.dossier.LookupResult;
import vn.onedoor.dossier.PublicDossier;

/**
 * The page a receipt's QR code opens on a phone: {@code /hs/<code>} shows the five things of
 * 003 Điều 15.2 with the applicant masked; {@code /hs} asks for a code. Rate-limited per address,
 * like the JSON lookup, with which it shares its buckets.
 */
public class DossierPageServlet extends HttpServlet {

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final transient LookUpDossier lookUp;
    private final transient LookupRateLimiter limiter;
    private final transient PhoneRating rating;
    private final transient BundleI18nProvider i18n = new BundleI18nProvider();

    public DossierPageServlet(LookUpDossier lookUp, LookupRateLimiter limiter, PhoneRating rating) {
        this.lookUp = lookUp;
        this.limiter = limiter;
        this.rating = rating;
    }

    /** The applicant's vote from the phone: {@code POST /hs/<code>} with idTail, score and comment. */
    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setCharacterEncoding("UTF-8");
        Locale locale = "en".equals(req.getParameter("lang")) ? Locale.ENGLISH : BundleI18nProvider.VIETNAMESE;
        String code = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        PhoneRating.Answer answer = rating.vote(code, req.getParameter("idTail"), req.getParameter("score"),
                req.getParameter("comment"), locale);
        String back = "<p><a href='/hs/" + PublicPages.escape(code) + (locale.getLanguage().equals("en") ? "?lang=en" : "")
                + "'>" + t(locale, "public.rating.back") + "</a></p>";
        if (answer.retryAfterSeconds() > 0) {
            resp.setHeader("Retry-After", String.valueOf(answer.retryAfterSeconds()));
        }
        PublicPages.send(resp, answer.status(), locale, t(locale, "public.rating.title"),
                "<p class=" + (answer.status() == 201 ? "n" : "e") + ">" + PublicPages.escape(answer.message()) + "</p>"
                        + (answer.status() == 201 ? "" : rating.form(code, locale)) + back);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = "en".equals(req.getParameter("lang")) ? Locale.ENGLISH : BundleI18nProvider.VIETNAMESE;
        String code = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        String typed = req.getParameter("code");
        if (code.isEmpty() && typed != null && !typed.isBlank()) {
            resp.sendRedirect(req.getContextPath() + req.getServletPath() + "/"
                    + URLEncoder.encode(typed.strip(), StandardCharsets.UTF_8) + ("en".equals(req.getParameter("lang")) ? "?lang=en" : ""));
            return;
        }
        String title = t(locale, "public.dossier.title");
        if (code.isEmpty()) {
            PublicPages.send(resp, 200, locale, title, form(locale, ""));
            return;
        }
        LookupRateLimiter.Decision decision = limiter.tryAcquire("address:" + req.getRemoteAddr());
        if (!decision.allowed()) {
            resp.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            PublicPages.send(resp, 429, locale, title, "<p class=e>" + t(locale, "dossier.lookup.too-many",
                    decision.retryAfterSeconds()) + "</p>");
            return;
        }
        LookupResult result = lookUp.lookUp(code);
        if (result instanceof LookupResult.Found found) {
            PublicPages.send(resp, 200, locale, title, dossier(found.dossier(), locale)
                    + rating.invitation(found.dossier().code(), locale));
        } else if (result instanceof LookupResult.NotFound missing) {
            PublicPages.send(resp, 404, locale, title, "<p class=e>" + t(locale, "dossier.lookup.not-found", missing.code())
                    + "</p>" + form(locale, missing.code()));
        } else {
            PublicPages.send(resp, 400, locale, title, "<p class=e>" + t(locale, "dossier.lookup.malformed") + "</p>"
                    + form(locale, code));
        }
    }

    private String dossier(PublicDossier d, Locale locale) {
        StringBuilder b = new StringBuilder("<dl>");
        row(b, locale, "dossier.lookup.code", d.code());
        row(b, locale, "dossier.lookup.applicant", d.applicantName());
        row(b, locale, "dossier.lookup.id-number", d.applicantIdNumber());
        row(b, locale, "dossier.lookup.field", d.fieldName());
        row(b, locale, "dossier.lookup.procedure", d.procedureName());
        row(b, locale, "dossier.lookup.received", d.receivedDate().format(DAY));
        row(b, locale, "dossier.lookup.appointment", d.appointmentDate().format(DAY));
        if (d.newAppointmentDate() != null) {
            row(b, locale, "dossier.lookup.new-appointment", d.newAppointmentDate().format(DAY));
        }
        b.append("</dl><p class=s>").append(t(locale, "dossier.status." + d.status())).append("</p><p class=n>")
                .append(t(locale, "dossier.next." + d.nextStep(), d.nextStepDate() == null ? "" : d.nextStepDate().format(DAY)))
                .append("</p>");
        return b.toString();
    }

    private void row(StringBuilder b, Locale locale, String key, String value) {
        b.append("<dt>").append(t(locale, key)).append("</dt><dd>").append(PublicPages.escape(value)).append("</dd>");
    }

    private String form(Locale locale, String value) {
        return "<form method=get action='/hs'><label>" + t(locale, "public.dossier.enter")
                + "<input name=code autocomplete=off value='" + PublicPages.escape(value) + "'></label>"
                + (locale.getLanguage().equals("en") ? "<input type=hidden name=lang value=en>" : "")
                + "<button>" + t(locale, "public.dossier.search") + "</button></form>";
    }

    private String t(Locale locale, String key, Object... params) {
        return PublicPages.escape(i18n.getTranslation(key, locale, params));
    }
}
