package vn.onedoor.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.onedoor.catalog.Procedure;
import vn.onedoor.catalog.ProcedureForm;
import vn.onedoor.platform.pdf.PdfFonts;
import vn.onedoor.platform.pdf.PdfPen;

/**
 * A blank form on one A4 page, for a center that has not put the official file in place: the
 * national heading, the form's code and name, the procedure, the applicant's particulars as
 * dotted lines to fill in by hand, the place and date, and the signature block, in the layout of
 * an administrative paper (Nghị định 30/2020/NĐ-CP: Times-like type, 20–30 mm left margin).
 */
public final class BlankFormPdf {

    private static final float MARGIN_LEFT = 70;
    private static final float MARGIN_RIGHT = 50;
    private static final float SIZE = 13;
    private static final float LEADING = 26;

    /** The applicant's particulars in the order forms ask them, with the lines each gets to be written on. */
    private static final String[] FIELDS = {"name", "birth", "id-number", "residence", "phone", "request"};
    private static final int[] LINES = {1, 1, 1, 2, 1, 5};

    private final ResourceBundle texts;
    private final Locale locale;

    public BlankFormPdf(Locale locale) {
        this.locale = locale;
        this.texts = ResourceBundle.getBundle("i18n.forms", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public byte[] render(ProcedureForm form, Procedure procedure, String agencyName) {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.serif(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(form.code() + " – " + form.name());
            info.setCreator("OneDoor");
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                draw(new PdfPen(out, fonts), fonts, page.getMediaBox(), form, procedure, agencyName);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(PdfPen pen, PdfFonts f, PDRectangle box, ProcedureForm form, Procedure procedure, String agencyName)
            throws IOException {
        float right = box.getWidth() - MARGIN_RIGHT;
        float width = right - MARGIN_LEFT;
        float centre = MARGIN_LEFT + width / 2;
        float y = box.getHeight() - 50;

        // A generic stand-in: it must not carry the official form's number as if it were that form.
        String marker = t("form.stand-in");
        pen.text(right - pen.width(marker, f.bold(), 11), y, marker, f.bold(), 11);
        y -= 26;
        pen.centered(centre, y, t("form.nation"), f.bold(), 12.5f);
        float motto = pen.centered(centre, y - 16, t("form.motto"), f.bold(), 13.5f);
        pen.underline(centre, y - 20, motto);
        y -= 58;

        for (String line : pen.wrap(form.name(), f.bold(), 14.5f, width * 0.9f, 0)) {
            pen.centered(centre, y, line, f.bold(), 14.5f);
            y -= 19;
        }
        y -= 8;
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("form.procedure", procedure.name(), procedure.code()), f.italic(),
                11.5f, 15);
        if (form.code() != null && !form.code().isBlank()) {
            y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("form.not-official", form.code()), f.italic(), 11.5f, 15);
        }
        y -= 14;
        pen.text(MARGIN_LEFT + 40, y, t("form.to", agencyName), f.regular(), SIZE);
        y -= LEADING + 4;

        for (int i = 0; i < FIELDS.length; i++) {
            String label = t("form.field", i + 1, t("form.field." + FIELDS[i]));
            pen.text(MARGIN_LEFT, y, label, f.regular(), SIZE);
            pen.dots(MARGIN_LEFT + pen.width(label, f.regular(), SIZE) + 4, right, y);
            for (int extra = 1; extra < LINES[i]; extra++) {
                y -= LEADING;
                pen.dots(MARGIN_LEFT, right, y);
            }
            y -= LEADING;
        }
        y = pen.paragraph(MARGIN_LEFT, y - 4, width, 0, t("form.pledge"), f.regular(), SIZE, LEADING);

        float signCentre = MARGIN_LEFT + width * 0.72f;
        pen.centered(signCentre, y - 8, t("form.place-date"), f.italic(), SIZE);
        pen.centered(signCentre, y - 28, t("form.applicant"), f.bold(), SIZE);
        pen.centered(signCentre, y - 44, t("form.sign-hint"), f.italic(), 11.5f);

        pen.paragraph(MARGIN_LEFT, 48, width, 0, t("form.footer"), f.italic(), 9.5f, 12);
    }

    private String t(String key, Object... args) {
        String pattern = texts.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
