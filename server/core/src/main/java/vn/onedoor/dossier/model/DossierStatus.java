package vn.onedoor.dossier.model;

/** Where a dossier stands (tình trạng hồ sơ). */
public enum DossierStatus {
    /** Đã tiếp nhận. */
    RECEIVED,
    /** Yêu cầu bổ sung: the applicant has to bring more papers. */
    SUPPLEMENT_REQUESTED,
    /** Đã bổ sung: back in processing. */
    SUPPLEMENTED,
    /** Không giải quyết: refused with a reason; the refusal is the answer (a result). */
    REJECTED,
    /** Đang xử lý at an agency; inter-agency dossiers pass several in order. */
    PROCESSING,
    /** Có kết quả: waiting for the applicant at the return counter. */
    RESULT_READY,
    /** Đã trả kết quả. */
    RETURNED,
    /** Công dân rút hồ sơ. */
    WITHDRAWN;

    /** Still with the administration: counts towards "in progress" and may become overdue. */
    public boolean inProgress() {
        return this == RECEIVED || this == SUPPLEMENT_REQUESTED || this == SUPPLEMENTED || this == PROCESSING;
    }

    /** The administration has answered (result or refusal). */
    public boolean resolved() {
        return this == RESULT_READY || this == RETURNED || this == REJECTED;
    }
}
