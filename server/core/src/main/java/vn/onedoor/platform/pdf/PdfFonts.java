package vn.onedoor.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif (Times metrics, as official papers use; OFL, licence beside the files) for the
 * PDFs we print. Embedded as a subset, so every Vietnamese letter prints and extracts as text.
 */
public record PdfFonts(PDFont regular, PDFont bold, PDFont italic) {

    public static PdfFonts serif(PDDocument doc) throws IOException {
        return new PdfFonts(load(doc, "Regular"), load(doc, "Bold"), load(doc, "Italic"));
    }

    private static PDFont load(PDDocument doc, String style) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/receipt/LiberationSerif-" + style + ".ttf")) {
            if (in == null) {
                throw new IllegalStateException("The font LiberationSerif-" + style + ".ttf is missing");
            }
            return PDType0Font.load(doc, in);
        }
    }
}
