package vn.onedoor.dossier.model;

import vn.onedoor.platform.rules.Rejection;
import vn.onedoor.platform.text.PersonNames;
import java.util.regex.Pattern;

/** Who submitted the dossier: a person or an organisation's representative. */
public record Applicant(String name, String idNumber, String phone, String email, String address) {

    /** CMND (9 digits), CCCD (12 digits), a passport or an enterprise code: letters and digits. */
    private static final Pattern ID = Pattern.compile("[0-9A-Z]{6,20}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The same applicant with blanks as nulls and spaces trimmed; refuses what cannot be right. */
    public Applicant normalized() {
        String n = name == null || name.isBlank() ? null : PersonNames.normalize(name);
        String id = blankToNull(idNumber);
        if (n == null || n.length() > 255) {
            throw Rejection.invalidField("applicant.name", "INVALID_APPLICANT_NAME", "The applicant's name is required");
        }
        String unusable = PersonNames.unusable(n);
        if (!unusable.isEmpty()) {
            throw Rejection.invalidField("applicant.name", "APPLICANT_NAME_CHARACTERS",
                    "The applicant's name holds characters no name has: " + unusable, unusable);
        }
        if (id == null || !ID.matcher(id.toUpperCase(java.util.Locale.ROOT)).matches()) {
            throw Rejection.invalid("INVALID_ID_NUMBER", "An ID number has 6 to 20 letters and digits");
        }
        String p = blankToNull(phone) == null ? null : phone.replaceAll("[\\s.-]", "");
        if (p != null && !PHONE.matcher(p).matches()) {
            throw Rejection.invalid("INVALID_PHONE", "A phone number has 8 to 15 digits");
        }
        String e = blankToNull(email);
        if (e != null && (e.length() > 255 || !EMAIL.matcher(e).matches())) {
            throw Rejection.invalid("INVALID_EMAIL", "Not an e-mail address");
        }
        String a = blankToNull(address);
        if (a != null && a.length() > 500) {
            throw Rejection.invalidField("applicant.address", "INVALID_ADDRESS", "An address has at most 500 characters");
        }
        String badInAddress = a == null ? "" : PersonNames.unprintable(a);
        if (!badInAddress.isEmpty()) {
            throw Rejection.invalidField("applicant.address", "ADDRESS_CHARACTERS",
                    "The address holds characters that cannot be printed: " + badInAddress, badInAddress);
        }
        return new Applicant(n, id.toUpperCase(java.util.Locale.ROOT), p, e, a);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The name as a public screen may show it: see {@link PersonNames#masked}. */
    public String maskedName() {
        return PersonNames.masked(name);
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
