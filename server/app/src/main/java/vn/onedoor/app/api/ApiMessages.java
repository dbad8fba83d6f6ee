package vn.onedoor.app.api;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.Locale;
import vn.onedoor.app.vaadin.BundleI18nProvider;
import vn.onedoor.platform.rules.Rejection;

/** The people-facing text of an API answer, from the bundles, in the language the caller asked for. */
@Singleton
public class ApiMessages {

    private final BundleI18nProvider i18n;

    ApiMessages(BundleI18nProvider i18n) {
        this.i18n = i18n;
    }

    /** English when asked for with {@code ?lang=en} or an {@code Accept-Language} that starts with en; else Vietnamese. */
    public static Locale locale(HttpRequest<?> request) {
        String lang = request.getParameters().get("lang");
        if (lang == null) {
            lang = request.getHeaders().get("Accept-Language");
        }
        return lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : BundleI18nProvider.VIETNAMESE;
    }

    public String text(HttpRequest<?> request, String key, Object... args) {
        return i18n.getTranslation(key, locale(request), args);
    }

    /** The answer's body for a refusal: the bundle's text for its code, or its detail when the bundle has none. */
    public ApiError of(HttpRequest<?> request, Rejection e) {
        Locale locale = locale(request);
        String text = i18n.translationOrNull(e.messageKey(), locale, e.args());
        return new ApiError(e.code(), text != null ? text : e.getMessage(), e.field());
    }

    /** The body for a code of the bundles with its values. */
    public ApiError of(HttpRequest<?> request, String code, Object... args) {
        return new ApiError(code, text(request, "error." + code, args));
    }
}
