package vn.onedoor.dossier.model;

import io.micronaut.serde.annotation.Serdeable;
import java.util.regex.Pattern;

/** Who submitted the dossier: a person or an organisation's representative. */
@Serdeable
public record Applicant(String name, String idNumber, String phone, String email, String address) {

    /** CMND (9 digits), CCCD (12 digits), a passport or an enterprise code: letters and digits. */
    private static final Pattern ID = Pattern.compile("[0-9A-Z]{6,20}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The same applicant with blanks as nulls and spaces trimmed; refuses what cannot be right. */
    public Applicant normalized() {
        String n = blankToNull(name);
        String id = blankToNull(idNumber);
        if (n == null || n.length() > 255) {
            throw new DossierRejection("INVALID_APPLICANT_NAME", "Cần họ tên người nộp (tối đa 255 ký tự) / The applicant's name is required");
        }
        if (id == null || !ID.matcher(id.toUpperCase(java.util.Locale.ROOT)).matches()) {
            throw new DossierRejection("INVALID_ID_NUMBER", "Số giấy tờ tùy thân gồm 6–20 chữ và số / An ID number has 6 to 20 letters and digits");
        }
        String p = blankToNull(phone) == null ? null : phone.replaceAll("[\\s.-]", "");
        if (p != null && !PHONE.matcher(p).matches()) {
            throw new DossierRejection("INVALID_PHONE", "Số điện thoại gồm 8–15 chữ số / A phone number has 8 to 15 digits");
        }
        String e = blankToNull(email);
        if (e != null && (e.length() > 255 || !EMAIL.matcher(e).matches())) {
            throw new DossierRejection("INVALID_EMAIL", "Địa chỉ thư điện tử không hợp lệ / Not an e-mail address");
        }
        String a = blankToNull(address);
        if (a != null && a.length() > 500) {
            throw new DossierRejection("INVALID_ADDRESS", "Địa chỉ tối đa 500 ký tự / An address has at most 500 characters");
        }
        return new Applicant(n.replaceAll("\\s+", " "), id.toUpperCase(java.util.Locale.ROOT), p, e, a);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * The name as a public screen may show it (002 Điều 12.7): each word's first letter, the rest
     * hidden, so the owner recognises it and a passer-by learns nothing. "Nguyễn Văn An" → "N***** V** A*".
     */
    public String maskedName() {
        StringBuilder out = new StringBuilder();
        for (String word : name.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            int first = word.offsetByCodePoints(0, 1);
            out.append(word, 0, first).append("*".repeat(word.codePointCount(first, word.length())));
        }
        return out.toString();
    }

    /** Only the last three characters of the identity number: "079123456789" → "*********789". */
    public String maskedIdNumber() {
        if (idNumber == null || idNumber.isBlank()) {
            return "";
        }
        String id = idNumber.strip();
        int shown = Math.min(3, id.length() / 3);
        return "*".repeat(id.length() - shown) + id.substring(id.length() - shown);
    }
}
