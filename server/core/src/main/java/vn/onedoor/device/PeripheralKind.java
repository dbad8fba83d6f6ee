package vn.onedoor.device;

/** What hangs off an agent's PC; decides which commands it takes and which parameters it has. */
public enum PeripheralKind {
    TICKET_PRINTER,
    LED_DISPLAY,
    RATING_KEYPAD,
    SCANNER
}
