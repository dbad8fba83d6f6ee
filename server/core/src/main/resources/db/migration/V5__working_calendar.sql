-- The administrator's decisions on the working calendar of a center: days declared off (e.g. the
-- extra Tết days the government announces) and days declared working (make-up Saturdays).
-- Holidays of the law are computed (vn.onedoor.calendar.model) and never stored.
CREATE TABLE calendar_override (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    center_id  BIGINT       NOT NULL,
    day        DATE         NOT NULL,
    kind       VARCHAR(8)   NOT NULL,
    note       VARCHAR(255),
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_calendar_override_day UNIQUE (center_id, day),
    CONSTRAINT fk_calendar_override_center FOREIGN KEY (center_id) REFERENCES center (id) ON DELETE CASCADE,
    CONSTRAINT ck_calendar_override_kind CHECK (kind IN ('OFF', 'WORKING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
