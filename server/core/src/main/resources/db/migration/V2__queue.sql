-- The queue: tickets, their daily numbering, counter sessions and the journal of every change.
-- Times are DATETIME(6) in UTC (TIMESTAMP ends in 2038).

-- One row per service group and business date; the row lock serialises numbering in the
-- issuing transaction, so a number is never taken twice nor skipped.
CREATE TABLE ticket_sequence (
    service_group_id BIGINT NOT NULL,
    business_date    DATE   NOT NULL,
    last_number      INT    NOT NULL,
    PRIMARY KEY (service_group_id, business_date),
    CONSTRAINT fk_seq_group FOREIGN KEY (service_group_id) REFERENCES service_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    center_id           BIGINT       NOT NULL,
    service_group_id    BIGINT       NOT NULL,
    business_date       DATE         NOT NULL,
    number              INT          NOT NULL,
    display_number      VARCHAR(24)  NOT NULL,
    priority            VARCHAR(16)  NOT NULL,
    is_priority         BOOLEAN      NOT NULL,
    procedure_id        BIGINT,
    phone               VARCHAR(20),
    dossier_code        VARCHAR(40),
    status              VARCHAR(16)  NOT NULL,
    queue_key           BIGINT       NOT NULL,
    counter_id          BIGINT,
    target_counter_id   BIGINT,
    issued_at           DATETIME(6)  NOT NULL,
    called_at           DATETIME(6),
    serving_at          DATETIME(6),
    finished_at         DATETIME(6),
    recall_count        INT          NOT NULL DEFAULT 0,
    outcome             VARCHAR(32),
    idempotency_key     VARCHAR(100),
    issued_by_device_id BIGINT,
    issued_by_user_id   BIGINT,
    CONSTRAINT uq_ticket_number UNIQUE (center_id, service_group_id, business_date, number),
    CONSTRAINT uq_ticket_idempotency UNIQUE (center_id, idempotency_key),
    CONSTRAINT fk_ticket_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT fk_ticket_group FOREIGN KEY (service_group_id) REFERENCES service_group (id),
    CONSTRAINT fk_ticket_procedure FOREIGN KEY (procedure_id) REFERENCES admin_procedure (id),
    CONSTRAINT fk_ticket_counter FOREIGN KEY (counter_id) REFERENCES counter (id),
    CONSTRAINT fk_ticket_target FOREIGN KEY (target_counter_id) REFERENCES counter (id),
    CONSTRAINT ck_ticket_status CHECK (status IN
        ('WAITING', 'CALLED', 'SERVING', 'PARKED', 'COMPLETED', 'NO_SHOW', 'EXPIRED', 'CANCELLED')),
    CONSTRAINT ck_ticket_priority CHECK (priority IN
        ('NORMAL', 'ELDERLY', 'DISABILITY', 'PREGNANT', 'CHILD_UNDER_6', 'MERIT')),
    -- the head of a queue is one index seek, however long the queue
    INDEX ix_ticket_queue (service_group_id, business_date, status, is_priority, queue_key, id),
    INDEX ix_ticket_target (target_counter_id, status, queue_key),
    INDEX ix_ticket_counter (counter_id, status),
    INDEX ix_ticket_finished (service_group_id, status, finished_at),
    INDEX ix_ticket_day (center_id, business_date, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Today's state of each counter; its row lock serialises the counter's own actions.
CREATE TABLE counter_session (
    counter_id        BIGINT       NOT NULL PRIMARY KEY,
    center_id         BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    officer_id        BIGINT,
    pause_reason      VARCHAR(255),
    current_ticket_id BIGINT,
    priority_streak   INT          NOT NULL DEFAULT 0,
    changed_at        DATETIME(6),
    CONSTRAINT fk_session_counter FOREIGN KEY (counter_id) REFERENCES counter (id),
    CONSTRAINT fk_session_officer FOREIGN KEY (officer_id) REFERENCES staff_user (id),
    CONSTRAINT fk_session_ticket FOREIGN KEY (current_ticket_id) REFERENCES ticket (id),
    CONSTRAINT ck_session_status CHECK (status IN ('OPEN', 'PAUSED', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a ticket or a counter, with who did it and why: the audit trail.
CREATE TABLE queue_journal (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    center_id  BIGINT       NOT NULL,
    ticket_id  BIGINT,
    counter_id BIGINT,
    user_id    BIGINT,
    type       VARCHAR(32)  NOT NULL,
    detail     VARCHAR(500),
    at         DATETIME(6)  NOT NULL,
    INDEX ix_journal_ticket (ticket_id),
    INDEX ix_journal_center (center_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Outcomes a center adds to the four standard ones.
CREATE TABLE center_outcome (
    center_id BIGINT       NOT NULL,
    code      VARCHAR(32)  NOT NULL,
    name      VARCHAR(255) NOT NULL,
    PRIMARY KEY (center_id, code),
    CONSTRAINT fk_outcome_center FOREIGN KEY (center_id) REFERENCES center (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
