package vn.onedoor.drivers.printer;

/** Something wrong with a printer, read from its status replies. No condition means online and ready. */
public enum PrinterCondition {
    OFFLINE,
    COVER_OPEN,
    PAPER_NEAR_END,
    PAPER_OUT,
    ERROR
}
