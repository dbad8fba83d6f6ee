package vn.onedoor.app.publicweb;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import vn.onedoor.app.vaadin.BundleI18nProvider;

/** The page for an address that has none: 404, in Vietnamese unless English was asked for, with a way home. */
public final class NotFoundPage {

    private static final BundleI18nProvider I18N = new BundleI18nProvider();

    private NotFoundPage() {}

    public static void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Locale locale = "en".equals(req.getParameter("lang")) ? Locale.ENGLISH : BundleI18nProvider.VIETNAMESE;
        String home = "en".equals(locale.getLanguage()) ? "/?lang=en" : "/";
        PublicPages.send(resp, HttpServletResponse.SC_NOT_FOUND, locale, t(locale, "public.notfound.title"),
                "<p>" + PublicPages.escape(t(locale, "public.notfound.text")) + "</p><p><a href='" + home + "'>"
                        + PublicPages.escape(t(locale, "public.notfound.home")) + "</a></p>");
    }

    private static String t(Locale locale, String key) {
        return I18N.getTranslation(key, locale);
    }
}
