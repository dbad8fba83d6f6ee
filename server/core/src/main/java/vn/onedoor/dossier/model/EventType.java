package vn.onedoor.dossier.model;

/** A step in a dossier's history, as officers and integrations report it. */
public enum EventType {
    RECEIVED,
    SUPPLEMENT_REQUESTED,
    SUPPLEMENTED,
    REJECTED,
    PROCESSING,
    RESULT_READY,
    RETURNED,
    WITHDRAWN,
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả (003 Điều 11.3): a new date, the status stays. */
    APOLOGY_ISSUED
}
