package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.onedoor.center.Center;
import vn.onedoor.identity.StaffAccounts;
import vn.onedoor.dossier.internal.ApologyPdf;
import vn.onedoor.dossier.internal.NoticePdf;
import vn.onedoor.dossier.internal.CatalogFacts;
import vn.onedoor.dossier.internal.ReceiptPdf;
import vn.onedoor.dossier.model.EventType;

/** The papers of a dossier as PDFs: the receipt, with the QR code of its public lookup link, and the apology letter. */
@Singleton
public class DossierReceipts {

    /** The place in the date line of an official paper: the province or city of the center's address. */
    private static final Pattern PLACE = Pattern.compile("(?:tỉnh|thành phố|TP\\.?)\\s+([^,]+)$", Pattern.CASE_INSENSITIVE);

    private final DossierQueries queries;
    private final CatalogFacts facts;
    private final StaffAccounts staff;

    DossierReceipts(DossierQueries queries, CatalogFacts facts, StaffAccounts staff) {
        this.queries = queries;
        this.facts = facts;
        this.staff = staff;
    }

    /** The public path of a dossier's lookup page; the QR code holds the server's address plus this. */
    public static String lookupPath(String code) {
        return "/hs/" + code;
    }

    /** {@code baseUrl} is the server's public address, e.g. {@code https://motcua.longan.gov.vn}. */
    public Optional<byte[]> pdf(String code, Long centerId, String baseUrl, Locale locale) {
        return queries.detail(code, centerId).map(detail -> {
            Center center = facts.center(detail.dossier().centerId());
            String link = baseUrl.replaceAll("/+$", "") + lookupPath(detail.dossier().code().value());
            return new ReceiptPdf(locale).render(detail, ZoneId.of(center.timeZone()), place(center), link,
                    officerOf(detail, EventType.RECEIVED));
        });
    }

    /**
     * The apology letter of the dossier's latest APOLOGY_ISSUED step (003 Điều 11.3); empty when the
     * dossier is unknown here or no apology was issued for it.
     */
    public Optional<byte[]> apologyPdf(String code, Long centerId, Locale locale) {
        return queries.detail(code, centerId).flatMap(detail -> detail.history().stream()
                .filter(e -> e.type() == EventType.APOLOGY_ISSUED && e.newAppointmentDate() != null)
                .reduce((first, second) -> second)
                .map(apology -> {
                    Center center = facts.center(detail.dossier().centerId());
                    return new ApologyPdf(locale).render(detail, apology, ZoneId.of(center.timeZone()), place(center));
                }));
    }

    /**
     * The notice of the dossier's latest SUPPLEMENT_REQUESTED or REJECTED step (Thông tư
     * 01/2018/TT-VPCP, mẫu 02 and 03); empty when the dossier is unknown here or had no such step.
     */
    public Optional<byte[]> noticePdf(String code, Long centerId, EventType type, String baseUrl, Locale locale) {
        if (type != EventType.SUPPLEMENT_REQUESTED && type != EventType.REJECTED) {
            throw new IllegalArgumentException("No notice for " + type);
        }
        return queries.detail(code, centerId).flatMap(detail -> detail.history().stream()
                .filter(e -> e.type() == type).reduce((first, second) -> second)
                .map(step -> {
                    Center center = facts.center(detail.dossier().centerId());
                    String link = baseUrl.replaceAll("/+$", "") + lookupPath(detail.dossier().code().value());
                    return new NoticePdf(locale, type).render(detail, step, ZoneId.of(center.timeZone()), place(center),
                            link, step.userId() == null ? null : staff.displayName(step.userId()).orElse(null));
                }));
    }

    /** The name of the officer who recorded the latest step of {@code type}; null when it came from a system. */
    private String officerOf(DossierDetail detail, EventType type) {
        return detail.history().stream().filter(e -> e.type() == type && e.userId() != null)
                .reduce((first, second) -> second).flatMap(e -> staff.displayName(e.userId())).orElse(null);
    }

    static String place(Center center) {
        if (center.address() != null) {
            Matcher m = PLACE.matcher(center.address().strip());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return center.name();
    }
}
