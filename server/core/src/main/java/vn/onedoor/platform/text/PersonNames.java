package vn.onedoor.platform.text;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.onedoor.platform.pdf.PdfFonts;

/**
 * What a person's name may hold, everywhere a name comes in (screens, REST, the integration API,
 * CSV imports): letters of the scripts our papers print — Latin with every Vietnamese letter,
 * Greek, Cyrillic, Chinese, Japanese kana, Korean, Thai, Lao and Khmer — their combining marks,
 * spaces, and what the name of an organisation a representative gives holds: digits and
 * {@code ' ’ - . , ( ) & /}. Emoji, symbols, control and invisible characters are not part of a
 * name; nor are right-to-left scripts, which the PDF writer cannot lay out. Every
 * accepted character has a glyph in a bundled font, so a receipt never fails on a name.
 */
public final class PersonNames {

    private static final Set<Character.UnicodeScript> SCRIPTS = Set.of(Character.UnicodeScript.LATIN,
            Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER);
    /** Besides letters: what names and the names of organisations a representative writes hold. */
    private static final String PUNCTUATION = "'’-.‐,()&/";

    private PersonNames() {}

    /** The name as it is kept: NFC, single spaces, trimmed. */
    public static String normalize(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** The characters of {@code name} that a name may not hold, each once, in order; empty when it is fine. */
    public static String unusable(String name) {
        Set<String> bad = new LinkedHashSet<>();
        name.codePoints().forEach(cp -> {
            if (!allowed(cp)) {
                bad.add(shown(cp));
            }
        });
        return String.join(" ", bad);
    }

    /**
     * The characters of a free text that is printed on a paper (an address, a reason) that it may
     * not hold: control and invisible characters, and what no bundled font can print (emoji).
     * Line breaks and tabs are allowed. Empty when the text is fine.
     */
    public static String unprintable(String text) {
        Set<String> bad = new LinkedHashSet<>();
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ') {
                return;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE || !PdfFonts.canPrint(cp)) {
                bad.add(shown(cp));
            }
        });
        return String.join(" ", bad);
    }

    static boolean allowed(int cp) {
        if (cp == ' ' || PUNCTUATION.indexOf(cp) >= 0 || (cp >= '0' && cp <= '9')) {
            return true;
        }
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        boolean letter = Character.isLetter(cp) && SCRIPTS.contains(Character.UnicodeScript.of(cp));
        boolean scriptMark = mark && (Character.UnicodeScript.of(cp) == Character.UnicodeScript.INHERITED
                || SCRIPTS.contains(Character.UnicodeScript.of(cp)));
        return (letter || scriptMark) && PdfFonts.canPrint(cp);
    }

    /** A character as a message can show it: invisible ones by their code. */
    private static String shown(int cp) {
        int type = Character.getType(cp);
        boolean invisible = type == Character.CONTROL || type == Character.FORMAT || Character.isWhitespace(cp)
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
        return invisible ? String.format("U+%04X", cp) : new String(Character.toChars(cp));
    }

    /**
     * The name as a public screen may show it (002 Điều 12.7): each word's first letter, the rest
     * hidden letter by letter, so the owner recognises it and a passer-by learns nothing:
     * "Nguyễn Văn An" → "N***** V** A*", "王小明" → "王**". A word that does not start with a
     * letter shows nothing of itself, and combining marks are not counted, whatever the form.
     */
    public static String masked(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : Normalizer.normalize(name, Normalizer.Form.NFC).strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean first = true;
            for (int i = 0; i < word.length(); ) {
                int cp = word.codePointAt(i);
                i += Character.charCount(cp);
                int type = Character.getType(cp);
                if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                    continue;
                }
                out.append(first && Character.isLetter(cp) ? new String(Character.toChars(cp)) : "*");
                first = false;
            }
        }
        return out.toString();
    }
}
