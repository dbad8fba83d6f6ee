package vn.onedoor.dossier;

/** Who enters a dossier or a step: an officer (user id) or an integrated system (its key's id). */
public record Actor(Source source, Long userId, Long integrationKeyId) {

    public static Actor officer(Long userId) {
        return new Actor(Source.COUNTER, userId, null);
    }

    public static Actor integration(long keyId) {
        return new Actor(Source.INTEGRATION, null, keyId);
    }

    public Actor via(Source other) {
        return new Actor(other, userId, integrationKeyId);
    }
}
