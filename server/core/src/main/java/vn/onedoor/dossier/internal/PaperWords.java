package vn.onedoor.dossier.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of a dossier's official papers (receipt, apology letter), from {@code i18n/dossier}, in one language. */
final class PaperWords {

    final Locale locale;
    private final ResourceBundle texts;

    PaperWords(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("i18n.dossier", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String t(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
