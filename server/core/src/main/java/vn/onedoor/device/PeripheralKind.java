package vn.onedoor.device;

/** What hangs off an agent's PC; decides which commands it takes and which parameters it has. */
public enum PeripheralKind {
    TICKET_PRINTER,
    /** An A4 printer for PDFs: a kiosk's (serves that kiosk) or a counter's (dossier receipts). */
    DOCUMENT_PRINTER,
    LED_DISPLAY,
    RATING_KEYPAD,
    SCANNER
}
