package vn.onedoor.dossier.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier code in the national format of Thông tư 01/2018/TT-VPCP Điều 19:
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}, the receiving agency's code, the receipt date and
 * the agency's sequence number of that day, e.g. {@code 000.00.03.H39-241122-0001}.
 */
public record DossierCode(String agencyCode, LocalDate receiptDate, int sequence) {

    /** The most dossiers one agency can receive on one day: the sequence has four digits. */
    public static final int MAX_SEQUENCE = 9999;

    private static final Pattern AGENCY = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
    private static final Pattern CODE = Pattern.compile("(" + AGENCY.pattern() + ")-(\\d{2})(\\d{2})(\\d{2})-(\\d{4})");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

    public DossierCode {
        if (!isAgencyCode(agencyCode)) {
            throw new IllegalArgumentException("An agency code looks like 000.00.03.H39, not " + agencyCode);
        }
        if (receiptDate.getYear() < 2000 || receiptDate.getYear() > 2099) {
            throw new IllegalArgumentException("The code's two-digit year covers 2000–2099, not " + receiptDate);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("The daily sequence is 0001–9999, not " + sequence);
        }
    }

    public static boolean isAgencyCode(String code) {
        return code != null && AGENCY.matcher(code).matches();
    }

    /**
     * Reads a code as a citizen or a scanner may give it: surrounding spaces and lower case are
     * forgiven, anything else (a wrong shape, 31 February, sequence 0000) is not a code.
     */
    public static Optional<DossierCode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            int sequence = Integer.parseInt(m.group(5));
            return sequence == 0 ? Optional.empty() : Optional.of(new DossierCode(m.group(1), date, sequence));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Finds a code in what a QR scanner typed: the bare code or the lookup link that carries it
     * ({@code https://…/hs/000.00.03.H39-241122-0001}).
     */
    public static Optional<DossierCode> find(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String text = scanned.strip();
        int slash = text.lastIndexOf('/');
        String tail = slash >= 0 ? text.substring(slash + 1) : text;
        int query = tail.indexOf('?');
        return parse(query >= 0 ? tail.substring(0, query) : tail);
    }

    public String value() {
        return agencyCode + "-" + receiptDate.format(YYMMDD) + "-" + String.format(Locale.ROOT, "%04d", sequence);
    }

    @Override
    public String toString() {
        return value();
    }
}
