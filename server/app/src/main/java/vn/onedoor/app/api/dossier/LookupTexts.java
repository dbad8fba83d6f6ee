package vn.onedoor.app.api.dossier;

import jakarta.inject.Singleton;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.onedoor.app.vaadin.BundleI18nProvider;
import vn.onedoor.dossier.PublicDossier;

/** The words of a lookup answer, from the bundles, for the JSON API and the public page alike. */
@Singleton
public class LookupTexts {

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final BundleI18nProvider i18n;

    LookupTexts(BundleI18nProvider i18n) {
        this.i18n = i18n;
    }

    public static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : BundleI18nProvider.VIETNAMESE;
    }

    public String status(PublicDossier d, Locale locale) {
        return t(locale, "dossier.status." + d.status());
    }

    public String nextStep(PublicDossier d, Locale locale) {
        return t(locale, "dossier.next." + d.nextStep(), d.nextStepDate() == null ? "" : d.nextStepDate().format(DAY));
    }

    public String t(Locale locale, String key, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
