package vn.onedoor.app.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private static Set<String> keys(String bundle, Locale locale) {
        return ResourceBundle.getBundle(bundle, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)).keySet();
    }

    @Test
    void every_bundle_has_the_same_keys_in_vietnamese_and_english() {
        for (String bundle : BundleI18nProvider.BUNDLES) {
            Set<String> vi = keys(bundle, BundleI18nProvider.VIETNAMESE);
            Set<String> en = keys(bundle, Locale.ENGLISH);
            assertThat(vi).as(bundle).isNotEmpty().containsExactlyInAnyOrderElementsOf(en);
        }
    }

    /** A key written twice in one file silently takes the later text: one screen's words would show on another. */
    @Test
    void no_bundle_file_says_a_key_twice() throws java.io.IOException {
        for (String bundle : BundleI18nProvider.BUNDLES) {
            for (String suffix : new String[] {"_vi", "_en", ""}) {
                String file = bundle.replace('.', '/') + suffix + ".properties";
                try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                    if (in == null) {
                        continue;
                    }
                    java.util.List<String> keys = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
                            .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
                    assertThat(keys).as(file).doesNotHaveDuplicates();
                }
            }
        }
    }

    @Test
    void vietnamese_is_the_default_and_a_missing_key_shows_up_instead_of_hiding() {
        BundleI18nProvider provider = new BundleI18nProvider();

        assertThat(provider.getTranslation("kiosk.services.title", Locale.GERMAN)).isEqualTo("Các dịch vụ tại Trung tâm");
        assertThat(provider.getTranslation("kiosk.services.procedures", Locale.ENGLISH, 12)).isEqualTo("12 procedures");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
