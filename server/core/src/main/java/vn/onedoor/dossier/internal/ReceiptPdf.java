package vn.onedoor.dossier.internal;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.onedoor.dossier.DossierDetail;
import vn.onedoor.dossier.model.Dossier;
import vn.onedoor.platform.pdf.PdfFonts;
import vn.onedoor.platform.pdf.PdfPen;

/**
 * The receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, mẫu số 01 of Thông tư 01/2018/TT-VPCP)
 * on one A4 page: the usual header of an official paper, the numbered items of the form, the QR
 * code of the lookup link (003 Điều 14.2) and room for two signatures, in {@link PdfFonts#serif}.
 */
public final class ReceiptPdf {

    private static final float MARGIN_LEFT = 70;
    private static final float MARGIN_RIGHT = 50;
    private static final float SIZE = 12.5f;
    private static final float LEADING = 17;
    private static final float QR_SIZE = 92;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PaperWords words;
    private final Locale locale;

    public ReceiptPdf(Locale locale) {
        this.locale = locale;
        this.words = new PaperWords(locale);
    }

    public byte[] render(DossierDetail detail, ZoneId zone, String place, String lookupLink) {
        return render(detail, zone, place, lookupLink, null);
    }

    /** @param officerName who received the dossier, written under the officer's signature; null for none */
    public byte[] render(DossierDetail detail, ZoneId zone, String place, String lookupLink, String officerName) {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.serif(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(t("receipt.title") + " " + detail.dossier().code().value());
            info.setCreator("OneDoor");
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                draw(new PdfPen(out, fonts), out, fonts, page.getMediaBox(), detail, zone, place, lookupLink, officerName);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(PdfPen pen, PDPageContentStream out, PdfFonts f, PDRectangle box, DossierDetail detail, ZoneId zone,
            String place, String link, String officerName) throws IOException {
        Dossier d = detail.dossier();
        float right = box.getWidth() - MARGIN_RIGHT;
        float width = right - MARGIN_LEFT;
        float leftCentre = MARGIN_LEFT + width * 0.2f;
        float rightCentre = MARGIN_LEFT + width * 0.68f;
        float y = box.getHeight() - 60;

        y = heading(pen, f, detail.centerName(), leftCentre, rightCentre, width, y, words);
        pen.centered(leftCentre, y, t("receipt.code", d.code().value()), f.bold(), 11);
        LocalDateTime received = LocalDateTime.ofInstant(d.receivedAt(), zone);
        LocalDate on = d.receivedDate();
        pen.centered(rightCentre, y, t("receipt.place-date", place, on.getDayOfMonth(), on.getMonthValue(), on.getYear()),
                f.italic(), 12.5f);
        pen.centered(leftCentre, y - 14, t("receipt.copy"), f.italic(), 10.5f);
        y -= 48;

        pen.centered(box.getWidth() / 2, y, t("receipt.title"), f.bold(), 14);
        y -= 30;

        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.section", detail.centerName()), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.applicant", d.applicant().name()), f.bold(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.id-number", d.applicant().idNumber()), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.address", orNone(d.applicant().address())), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.contact", orNone(d.applicant().phone()),
                orNone(d.applicant().email())), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.request", detail.procedureName()), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.channel", t("dossier.channel." + d.channel())), f.regular(),
                SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.documents"), f.regular(), SIZE, LEADING);
        List<String> documents = detail.requiredDocuments();
        for (int i = 0; i < documents.size(); i++) {
            y = pen.paragraph(MARGIN_LEFT + 14, y, width - 14, 14, "- " + documents.get(i), f.regular(), 11.5f, 15);
        }
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.count"), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.processing", detail.processingDays()), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.received-at", String.format("%02d", received.getHour()),
                String.format("%02d", received.getMinute()), received.toLocalDate().format(DAY)), f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.appointment", d.appointmentDate().format(DAY)), f.bold(),
                SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.return-at", t("receipt.return." + d.channel())),
                f.regular(), SIZE, LEADING);
        y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.register", String.format("%04d", d.code().sequence())),
                f.regular(), SIZE, LEADING);
        if (d.lateEntry()) {
            y = pen.paragraph(MARGIN_LEFT, y, width, 0, t("receipt.late-entry", received.format(
                    DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))), f.italic(), 11, 15);
        }

        // The QR code of the lookup link, with the words beside it.
        y -= 8;
        float qrTop = y;
        qr(out, link, MARGIN_LEFT, qrTop - QR_SIZE, QR_SIZE);
        pen.paragraph(MARGIN_LEFT + QR_SIZE + 14, qrTop - 18, width - QR_SIZE - 14, 0, t("receipt.lookup", link),
                f.italic(), 11.5f, 15);
        y = qrTop - QR_SIZE - 26;

        pen.centered(leftCentre, y, t("receipt.applicant-sign"), f.bold(), SIZE);
        pen.centered(rightCentre, y, t("receipt.officer-sign"), f.bold(), SIZE);
        pen.centered(leftCentre, y - 15, t("receipt.sign-hint"), f.italic(), 11);
        pen.centered(rightCentre, y - 15, t("receipt.sign-hint"), f.italic(), 11);
        pen.centered(leftCentre, y - 85, d.applicant().name(), f.bold(), SIZE);
        if (officerName != null && !officerName.isBlank()) {
            pen.centered(rightCentre, y - 85, officerName, f.bold(), SIZE);
        }
    }

    /**
     * The heading of an official paper: the issuing body on the left, the national title and motto on
     * the right, both underlined. Answers the height under it.
     */
    static float heading(PdfPen pen, PdfFonts f, String issuer, float leftCentre, float rightCentre, float width,
            float y, PaperWords words) throws IOException {
        float yLeft = y;
        for (String line : pen.wrap(issuer.toUpperCase(words.locale), f.bold(), 11, width * 0.42f, 0)) {
            pen.centered(leftCentre, yLeft, line, f.bold(), 11);
            yLeft -= 14;
        }
        pen.underline(leftCentre, yLeft + 8, 60);
        pen.centered(rightCentre, y, words.t("receipt.nation"), f.bold(), 11.5f);
        float motto = pen.centered(rightCentre, y - 15, words.t("receipt.motto"), f.bold(), 12.5f);
        pen.underline(rightCentre, y - 18, motto);
        return Math.min(yLeft, y - 18) - 14;
    }

    /** The QR code as filled squares: vector, sharp at any printer resolution. */
    static void qr(PDPageContentStream out, String text, float x, float y, float size) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode " + text + " as a QR code", e);
        }
        float module = size / m.getWidth();
        out.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    out.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? t("receipt.none") : value;
    }

    private String t(String key, Object... args) {
        return words.t(key, args);
    }
}
