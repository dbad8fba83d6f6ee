package vn.onedoor.queue;

/**
 * Who acts at a counter: the signed-in staff member; a supervisor (manager or administrator) may
 * act at any counter, an officer only at the counter they opened.
 */
public record Actor(long userId, boolean supervisor) {}
