package vn.onedoor.app.vaadin;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;

/**
 * "Tiếng Việt | English" in a corner of every screen. It sits on the UI itself, so it stays
 * across navigation; a link reloads the page with {@code ?lang=}, which {@link AccessGuard} applies.
 */
class LanguageSwitch extends Div {

    /** {@code path} is the current route: the page has a {@code <base>}, so a bare "?lang=" would go to the root. */
    LanguageSwitch(String path, Locale current) {
        addClassName("od-lang-switch");
        for (Locale locale : BundleI18nProvider.LOCALES) {
            Anchor link = new Anchor("/" + path + "?lang=" + locale.getLanguage(), getTranslation("lang." + locale.getLanguage()));
            link.getElement().setAttribute("router-ignore", true);
            link.getElement().setAttribute("aria-current", String.valueOf(locale.getLanguage().equals(current.getLanguage())));
            add(link);
        }
    }
}
