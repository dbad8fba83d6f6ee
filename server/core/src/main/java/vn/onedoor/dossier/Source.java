package vn.onedoor.dossier;

/** How a dossier or a step came in: at a counter, pushed by an integrated system, or a CSV import. */
public enum Source {
    COUNTER,
    INTEGRATION,
    CSV
}
