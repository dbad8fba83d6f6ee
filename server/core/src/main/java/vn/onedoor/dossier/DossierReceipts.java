package vn.onedoor.dossier;

import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.onedoor.center.Center;
import vn.onedoor.dossier.internal.ApologyPdf;
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

    DossierReceipts(DossierQueries queries, CatalogFacts facts) {
        this.queries = queries;
        this.facts = facts;
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
            return new ReceiptPdf(locale).render(detail, ZoneId.of(center.timeZone()), place(center), link);
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
