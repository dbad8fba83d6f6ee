package vn.onedoor.app.vaadin;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every string on screen comes from the modules' resource bundles: Vietnamese first, English second.
 * A key missing everywhere shows as {@code !key!} and is logged, so it is found rather than hidden.
 */
@Singleton
public class BundleI18nProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, Locale.ENGLISH);
    /** Bundles of core (common, dossier), kiosk-ui, counter-ui and display-board. */
    static final List<String> BUNDLES = List.of("i18n.common", "i18n.errors", "i18n.dossier", "i18n.kiosk",
            "i18n.counter", "i18n.display");
    private static final Logger LOG = LoggerFactory.getLogger(BundleI18nProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = translationOrNull(key, locale, params);
        if (text == null) {
            LOG.warn("Missing translation {} for {}", key, locale);
            return "!" + key + "!";
        }
        return text;
    }

    /** The text of {@code key}, or {@code null} when no bundle has it (the caller has its own fallback). */
    public String translationOrNull(String key, Locale locale, Object... params) {
        Locale effective = LOCALES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage()))
                .findFirst().orElse(VIETNAMESE);
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, effective);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                Object[] values = key.startsWith("error.") ? fieldNames(params, effective) : params;
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(values);
            }
        }
        return null;
    }

    /**
     * A refusal names a request field by its key ({@code unitCode}); people read its label
     * ({@code field.unitCode}: "Mã đơn vị tiếp nhận") where the bundles have one.
     */
    private Object[] fieldNames(Object[] params, Locale locale) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String s && s.matches("[a-zA-Z][a-zA-Z0-9._-]*")) {
                String label = s.startsWith("catalog.column.") ? translationOrNull(s, locale)
                        : translationOrNull("field." + s, locale);
                if (label != null) {
                    out[i] = label;
                }
            }
        }
        return out;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        try {
            return ResourceBundle.getBundle(name, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
