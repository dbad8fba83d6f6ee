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
import vn.onedoor.dossier.model.EventType;
import vn.onedoor.platform.pdf.PdfFonts;
import vn.onedoor.platform.pdf.PdfPen;

/**
 * The two notices the one-stop section hands over with its own heading, as the receipt: the
 * request to supplement and complete the dossier (phiếu yêu cầu bổ sung, hoàn thiện hồ sơ) and the
 * refusal to receive and resolve it (phiếu từ chối tiếp nhận, giải quyết hồ sơ), following the
 * forms of the one-stop mechanism (Thông tư 01/2018/TT-VPCP, mẫu 02 and 03): the applicant, the
 * dossier and its request, what to supplement or why it is refused, the officer, and the QR code
 * of the dossier's lookup page. Texts from {@code i18n/dossier}.
 */
public final class NoticePdf {

    private static final float MARGIN_LEFT = 70;
    private static final float MARGIN_RIGHT = 50;
    private static final float SIZE = 13;
    private static final float LEADING = 19;
    private static final float QR_SIZE = 84;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PaperWords words;
    private final String kind;

    /** @param step the SUPPLEMENT_REQUESTED or REJECTED step the notice is about */
    public NoticePdf(Locale locale, EventType step) {
        this.words = new PaperWords(locale);
        this.kind = step == EventType.REJECTED ? "refusal" : "supplement";
    }

    public byte[] render(DossierDetail detail, DossierEvent step, ZoneId zone, String place, String lookupLink,
            String officerName) {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts f = PdfFonts.serif(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(t("notice." + kind + ".title") + " " + detail.dossier().code().value());
            doc.getDocumentInformation().setCreator("OneDoor");
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                draw(new PdfPen(out, f), out, f, page.getMediaBox(), detail, step, zone, place, lookupLink, officerName);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(PdfPen pen, PDPageContentStream out, PdfFonts f, PDRectangle box, DossierDetail detail,
            DossierEvent step, ZoneId zone, String place, String link, String officerName) throws IOException {
        Dossier d = detail.dossier();
        float width = box.getWidth() - MARGIN_RIGHT - MARGIN_LEFT;
        float leftCentre = MARGIN_LEFT + width * 0.2f;
        float rightCentre = MARGIN_LEFT + width * 0.68f;
        float y = ReceiptPdf.heading(pen, f, detail.centerName(), leftCentre, rightCentre, width,
                box.getHeight() - 60, words);
        pen.centered(leftCentre, y, t("receipt.code", d.code().value()), f.bold(), 11);
        LocalDate on = step.occurredAt().atZone(zone).toLocalDate();
        pen.centered(rightCentre, y, t("receipt.place-date", place, on.getDayOfMonth(), on.getMonthValue(), on.getYear()),
                f.italic(), 12.5f);
        y -= 44;
        for (String line : pen.wrap(t("notice." + kind + ".title"), f.bold(), 14, width, 0)) {
            pen.centered(box.getWidth() / 2, y, line, f.bold(), 14);
            y -= 19;
        }
        y -= 14;
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("notice.received", detail.centerName(), d.receivedDate().format(DAY)),
                f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("notice.applicant", d.applicant().name()), f.bold(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.address", orNone(d.applicant().address())), f.regular(),
                SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.contact", orNone(d.applicant().phone()),
                orNone(d.applicant().email())), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.request", detail.procedureName()), f.regular(), SIZE,
                LEADING);
        y -= 6;
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("notice." + kind + ".lead", detail.agencyName()), f.regular(),
                SIZE, LEADING);
        String reason = step.reason() == null ? "" : step.reason();
        for (String line : reason.split("\\R")) {
            if (!line.isBlank()) {
                y = pen.paragraph(MARGIN_LEFT + 14, y, width - 14, 14, line.strip(), f.bold(), SIZE, LEADING);
            }
        }
        y -= 4;
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("notice." + kind + ".closing"), f.regular(), SIZE, LEADING);
        y -= 10;
        float qrTop = y;
        ReceiptPdf.qr(out, link, MARGIN_LEFT, qrTop - QR_SIZE, QR_SIZE);
        pen.paragraph(MARGIN_LEFT + QR_SIZE + 14, qrTop - 18, width - QR_SIZE - 14, 0, t("receipt.lookup", link),
                f.italic(), 11.5f, 15);
        y = qrTop - QR_SIZE - 26;
        pen.centered(rightCentre, y, t("notice." + kind + ".sign"), f.bold(), SIZE);
        pen.centered(rightCentre, y - 15, t("receipt.sign-hint"), f.italic(), 11);
        if (officerName != null && !officerName.isBlank()) {
            pen.centered(rightCentre, y - 85, officerName, f.bold(), SIZE);
        }
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? t("receipt.none") : value;
    }

    private String t(String key, Object... args) {
        return words.t(key, args);
    }
}
