package vn.onedoor.rating;

/**
 * A counter's rating terminal woke up to ask the citizen just served for a vote; it stays awake
 * for {@code seconds} without a touch. The counter's rating keypad lights up on it.
 */
public record RatingTerminalWoke(long centerId, long counterId, long ticketId, int seconds) {}
