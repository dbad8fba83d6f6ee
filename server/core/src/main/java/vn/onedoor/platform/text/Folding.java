package vn.onedoor.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** Text folded for searching: lower case without diacritics, so "dat dai" finds "Đất đai". */
public final class Folding {

    private Folding() {}

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').strip();
    }
}
