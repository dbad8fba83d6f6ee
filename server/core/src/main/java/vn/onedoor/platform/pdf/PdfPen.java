package vn.onedoor.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Writes lines of text on a PDF page: left, centred, wrapped to a width, underlined, dotted lines to fill in. */
public final class PdfPen {

    private final PDPageContentStream out;
    private final PdfFonts fonts;

    public PdfPen(PDPageContentStream out, PdfFonts fonts) {
        this.out = out;
        this.fonts = fonts;
    }

    /** The width of {@code text} as it prints: in {@code font}, and in a fallback font where {@code font} has no glyph. */
    public float width(String text, PDFont font, float size) throws IOException {
        float units = 0;
        for (PdfFonts.Run run : fonts.runs(text, font)) {
            units += run.font().getStringWidth(run.text());
        }
        return units / 1000f * size;
    }

    public void text(float x, float y, String text, PDFont font, float size) throws IOException {
        out.beginText();
        out.newLineAtOffset(x, y);
        for (PdfFonts.Run run : fonts.runs(text, font)) {
            out.setFont(run.font(), size);
            out.showText(run.text());
        }
        out.endText();
    }

    /** Centred on {@code cx}; returns the text's width. */
    public float centered(float cx, float y, String text, PDFont font, float size) throws IOException {
        float w = width(text, font, size);
        text(cx - w / 2, y, text, font, size);
        return w;
    }

    public void underline(float cx, float y, float width) throws IOException {
        out.setLineWidth(0.6f);
        out.moveTo(cx - width / 2, y);
        out.lineTo(cx + width / 2, y);
        out.stroke();
    }

    /** A dotted line from {@code x1} to {@code x2} a little under the baseline {@code y}: room to write by hand. */
    public void dots(float x1, float x2, float y) throws IOException {
        if (x2 - x1 < 4) {
            return;
        }
        out.saveGraphicsState();
        out.setLineWidth(0.8f);
        out.setLineDashPattern(new float[] {0.8f, 2.6f}, 0);
        out.setLineCapStyle(1);
        out.moveTo(x1, y - 1.5f);
        out.lineTo(x2, y - 1.5f);
        out.stroke();
        out.restoreGraphicsState();
    }

    /**
     * Writes {@code text} from {@code y} down, wrapped at spaces to {@code width}; continuation
     * lines start {@code indent} further right. Returns the y below the last line.
     */
    public float paragraph(float x, float y, float width, float indent, String text, PDFont font, float size, float leading)
            throws IOException {
        List<String> lines = wrap(text, font, size, width, indent);
        for (int i = 0; i < lines.size(); i++) {
            text(i == 0 ? x : x + indent, y, lines.get(i), font, size);
            y -= leading;
        }
        return y;
    }

    /**
     * {@code text} cut into lines of at most {@code width} (continuation lines {@code indent} less),
     * at spaces; a word longer than a line (a name written without spaces) is cut where it must.
     */
    public List<String> wrap(String text, PDFont font, float size, float width, float indent) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= available(lines, width, indent)) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, font, size) > available(lines, width, indent)) {
                int cut = fitting(rest, font, size, available(lines, width, indent));
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float available(List<String> lines, float width, float indent) {
        return lines.isEmpty() ? width : width - indent;
    }

    /** How many chars of {@code word} fit in {@code room}: at least one character. */
    private int fitting(String word, PDFont font, float size, float room) throws IOException {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), font, size) > room) {
                break;
            }
            end = next;
        }
        return end;
    }
}
