package vn.onedoor.queue.model;

public enum CounterStatus {
    OPEN,
    PAUSED,
    CLOSED
}
