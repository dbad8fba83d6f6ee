package vn.onedoor.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which bundled font has a glyph for a character: Liberation Serif first (Latin with every
 * Vietnamese letter, Greek, Cyrillic), then the fallbacks by script (Chinese and Japanese kana,
 * Korean, Thai, Lao, Khmer). Read once from the fonts' character maps; the bytes of a fallback are
 * kept for the documents that need it.
 */
final class Glyphs {

    static final String PRIMARY = "/fonts/receipt/LiberationSerif-Regular.ttf";
    static final List<String> FALLBACKS = List.of("/fonts/fallback/NotoSansSC-Regular.ttf",
            "/fonts/fallback/NotoSansKR-Regular.ttf", "/fonts/fallback/NotoSansThai-Regular.ttf",
            "/fonts/fallback/NotoSansLao-Regular.ttf", "/fonts/fallback/NotoSansKhmer-Regular.ttf");

    private static volatile Glyphs loaded;

    private final Map<String, CmapLookup> maps = new LinkedHashMap<>();
    private final Map<String, byte[]> bytes = new LinkedHashMap<>();

    private Glyphs() throws IOException {
        for (String resource : concat(PRIMARY, FALLBACKS)) {
            byte[] data = read(resource);
            // the character map is all that is kept of the parsed font
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(data))) {
                maps.put(resource, ttf.getUnicodeCmapLookup());
            }
            if (!resource.equals(PRIMARY)) {
                bytes.put(resource, data);
            }
        }
    }

    static Glyphs get() {
        Glyphs g = loaded;
        if (g == null) {
            synchronized (Glyphs.class) {
                if (loaded == null) {
                    try {
                        loaded = new Glyphs();
                    } catch (IOException e) {
                        throw new UncheckedIOException("The bundled fonts cannot be read", e);
                    }
                }
                g = loaded;
            }
        }
        return g;
    }

    boolean primaryHas(int codePoint) {
        return has(PRIMARY, codePoint);
    }

    /** The first fallback font that has the character, if any. */
    Optional<String> fallbackFor(int codePoint) {
        return FALLBACKS.stream().filter(f -> has(f, codePoint)).findFirst();
    }

    boolean canPrint(int codePoint) {
        return primaryHas(codePoint) || fallbackFor(codePoint).isPresent();
    }

    byte[] bytesOf(String fallback) {
        return bytes.get(fallback);
    }

    private boolean has(String font, int codePoint) {
        CmapLookup map = maps.get(font);
        synchronized (map) {
            return map.getGlyphId(codePoint) > 0;
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = Glyphs.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The font " + resource + " is missing");
            }
            return in.readAllBytes();
        }
    }
}
