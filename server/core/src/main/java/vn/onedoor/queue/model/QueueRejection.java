package vn.onedoor.queue.model;

/**
 * A queue operation that the rules refuse, with a stable code for programs; the API turns it into
 * a 4xx answer and the screens into a message from the bundles (key {@code queue.error.<code>}).
 */
public final class QueueRejection extends RuntimeException {

    private final String code;

    public QueueRejection(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether the rejection is about something that does not exist (404) rather than a conflict (409). */
    public boolean notFound() {
        return code.endsWith("_NOT_FOUND");
    }
}
