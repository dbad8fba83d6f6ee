package vn.onedoor.dossier.model;

/**
 * Something the dossier rules or the input refuse, with a stable code for programs (the API turns
 * it into a 4xx answer) and a message in Vietnamese then English for people.
 */
public final class DossierRejection extends RuntimeException {

    private final String code;

    public DossierRejection(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean notFound() {
        return code.endsWith("_NOT_FOUND");
    }

    /** Bad input (400) rather than a conflict with the dossier's state (409). */
    public boolean invalid() {
        return code.startsWith("INVALID_") || code.endsWith("_REQUIRED") || code.startsWith("MALFORMED_");
    }
}
