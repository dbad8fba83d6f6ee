package vn.onedoor.calendar.model;

/** How a dossier reached the center (hình thức tiếp nhận). */
public enum Channel {
    /** Trực tiếp: at a counter. */
    DIRECT,
    /** Trực tuyến: through the public-service portal. */
    ONLINE,
    /** Bưu chính công ích: through the public postal service. */
    POSTAL
}
