package vn.onedoor.queue.model;

public enum TicketStatus {
    WAITING,
    CALLED,
    SERVING,
    PARKED,
    COMPLETED,
    NO_SHOW,
    EXPIRED,
    CANCELLED;

    /** The ticket is at a counter right now. */
    public boolean atCounter() {
        return this == CALLED || this == SERVING;
    }
}
