package vn.onedoor.dossier.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.onedoor.dossier.DossierDetail;
import vn.onedoor.dossier.DossierEvent;
import vn.onedoor.dossier.model.Dossier;
import vn.onedoor.platform.pdf.PdfFonts;
import vn.onedoor.platform.pdf.PdfPen;

/**
 * The apology letter for a late dossier (phiếu xin lỗi và hẹn lại ngày trả kết quả, 003 Điều 11.3):
 * to the applicant, the dossier, the date first promised, the reason for the delay, the apology and
 * the new date, signed for the issuing body. Texts from {@code i18n/dossier}, as the receipt.
 */
public final class ApologyPdf {

    private static final float MARGIN_LEFT = 70;
    private static final float MARGIN_RIGHT = 50;
    private static final float SIZE = 13;
    private static final float LEADING = 19;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PaperWords words;
    private final Locale locale;

    public ApologyPdf(Locale locale) {
        this.locale = locale;
        this.words = new PaperWords(locale);
    }

    /** @param apology the APOLOGY_ISSUED step: its reason and its new date */
    public byte[] render(DossierDetail detail, DossierEvent apology, ZoneId zone, String place) {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts f = PdfFonts.serif(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(t("apology.title") + " " + detail.dossier().code().value());
            doc.getDocumentInformation().setCreator("OneDoor");
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                draw(new PdfPen(out, f), f, page.getMediaBox(), detail, apology, zone, place);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(PdfPen pen, PdfFonts f, PDRectangle box, DossierDetail detail, DossierEvent apology, ZoneId zone,
            String place) throws IOException {
        Dossier d = detail.dossier();
        float width = box.getWidth() - MARGIN_RIGHT - MARGIN_LEFT;
        float leftCentre = MARGIN_LEFT + width * 0.2f;
        float rightCentre = MARGIN_LEFT + width * 0.68f;
        float y = ReceiptPdf.heading(pen, f, detail.centerName(), leftCentre, rightCentre, width,
                box.getHeight() - 60, words);
        LocalDate on = apology.occurredAt().atZone(zone).toLocalDate();
        pen.centered(rightCentre, y, t("receipt.place-date", place, on.getDayOfMonth(), on.getMonthValue(), on.getYear()),
                f.italic(), 12.5f);
        y -= 48;
        pen.centered(box.getWidth() / 2, y, t("apology.title"), f.bold(), 14);
        y -= 34;
        y = pen.paragraph(MARGIN_LEFT + 60, y, width - 60, 0, t("apology.to", d.applicant().name()), f.bold(), SIZE, LEADING);
        y -= 6;
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("apology.received", d.receivedDate().format(DAY), detail.centerName(),
                d.code().value(), detail.procedureName()), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("apology.promised", d.appointmentDate().format(DAY)), f.regular(),
                SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("apology.late", detail.agencyName()), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("apology.reason", apology.reason() == null ? "" : apology.reason()),
                f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("apology.sorry", detail.agencyName(),
                apology.newAppointmentDate().format(DAY)), f.bold(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("apology.thanks"), f.regular(), SIZE, LEADING);
        y -= 30;
        pen.centered(rightCentre, y, t("apology.sign", detail.agencyName().toUpperCase(locale)), f.bold(), SIZE);
        pen.centered(rightCentre, y - 16, t("receipt.sign-hint"), f.italic(), 11);
    }

    private String t(String key, Object... args) {
        return words.t(key, args);
    }
}
