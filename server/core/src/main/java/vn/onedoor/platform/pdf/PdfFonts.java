package vn.onedoor.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF: Liberation Serif (Times metrics, as official papers use; OFL, licence
 * beside the files) in three faces, and, glyph by glyph where it has none, the bundled fallbacks
 * for names in other scripts (see {@link #canPrint}). Embedded as subsets, so every letter prints
 * and extracts as text. A character no bundled font has prints as "?" rather than failing the paper.
 */
public final class PdfFonts {

    /** Text in one font: a piece of a line. */
    public record Run(PDFont font, String text) {}

    private static final String UNPRINTABLE = "?";

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private final Map<String, PDFont> fallbacks = new HashMap<>();

    private PdfFonts(PDDocument doc, PDFont regular, PDFont bold, PDFont italic) {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    public static PdfFonts serif(PDDocument doc) throws IOException {
        return new PdfFonts(doc, load(doc, "Regular"), load(doc, "Bold"), load(doc, "Italic"));
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    public PDFont italic() {
        return italic;
    }

    /** Whether some bundled font can print this character. */
    public static boolean canPrint(int codePoint) {
        return Glyphs.get().canPrint(codePoint);
    }

    /** {@code text} cut into pieces that each font can print, {@code primary} wherever it can. */
    public List<Run> runs(String text, PDFont primary) throws IOException {
        Glyphs glyphs = Glyphs.get();
        List<Run> runs = new ArrayList<>();
        PDFont current = null;
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDFont font = primary;
            String chars = new String(Character.toChars(cp));
            if (!glyphs.primaryHas(cp) && !Character.isWhitespace(cp)) {
                Optional<String> fallback = glyphs.fallbackFor(cp);
                if (fallback.isPresent()) {
                    font = fallback(fallback.get());
                } else {
                    chars = UNPRINTABLE;
                }
            }
            if (font != current && !piece.isEmpty()) {
                runs.add(new Run(current, piece.toString()));
                piece.setLength(0);
            }
            current = font;
            piece.append(chars);
        }
        if (!piece.isEmpty()) {
            runs.add(new Run(current, piece.toString()));
        }
        return runs;
    }

    private PDFont fallback(String resource) throws IOException {
        PDFont font = fallbacks.get(resource);
        if (font == null) {
            font = PDType0Font.load(doc, new ByteArrayInputStream(Glyphs.get().bytesOf(resource)), true);
            fallbacks.put(resource, font);
        }
        return font;
    }

    private static PDFont load(PDDocument doc, String style) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/receipt/LiberationSerif-" + style + ".ttf")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("The font LiberationSerif-" + style + ".ttf is missing"));
            }
            return PDType0Font.load(doc, in);
        }
    }
}
