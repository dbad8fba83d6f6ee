package vn.onedoor.drivers.rating;

/** What a press on a rating keypad meant. */
public sealed interface KeypadEvent {

    /** A configured key: {@code value} is on the center's rating scale. */
    record Rated(String key, int value) implements KeypadEvent {
    }

    /** A key or line the configuration does not know: noise on the line or a miswired keypad. */
    record Unrecognized(String raw) implements KeypadEvent {
    }
}
