-- What the staff screens remember: the counter each officer sits at, and the manager's alert
-- thresholds of a center.

-- The counter a staff member chose last; the counter screen opens on it next time.
CREATE TABLE staff_counter_choice (
    user_id    BIGINT      NOT NULL PRIMARY KEY,
    counter_id BIGINT      NOT NULL,
    chosen_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_choice_user FOREIGN KEY (user_id) REFERENCES staff_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_choice_counter FOREIGN KEY (counter_id) REFERENCES counter (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the dashboard raises an alert: a group with more people waiting, or a citizen waiting longer.
CREATE TABLE queue_alert_threshold (
    center_id        BIGINT NOT NULL PRIMARY KEY,
    max_waiting      INT    NOT NULL,
    max_wait_minutes INT    NOT NULL,
    CONSTRAINT fk_threshold_center FOREIGN KEY (center_id) REFERENCES center (id) ON DELETE CASCADE,
    CONSTRAINT ck_threshold_range CHECK (max_waiting > 0 AND max_wait_minutes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
