package vn.onedoor.dossier;

/**
 * The answer to a lookup. Malformed and unknown codes are told apart only by their shape, which
 * anyone can check: an unknown code reveals nothing about which codes exist.
 */
public sealed interface LookupResult {

    record Found(PublicDossier dossier) implements LookupResult {}

    /** Not of the shape 000.00.00.H00-YYMMDD-0000. */
    record Malformed(String input) implements LookupResult {}

    record NotFound(String code) implements LookupResult {}
}
