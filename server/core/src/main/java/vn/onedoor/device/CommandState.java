package vn.onedoor.device;

/** Where a command to an agent stands. */
public enum CommandState {
    QUEUED,
    /** Handed to the agent; it has it for sure once {@code ackedAt} is set. */
    SENT,
    DONE,
    FAILED,
    /** Nobody took it before it stopped making sense (a ticket for a citizen long gone). */
    EXPIRED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == EXPIRED;
    }
}
