-- Device agents: pairing codes, peripherals and their parameters (004 Điều 10: the administrator
-- sets the parameters of peripheral devices), and the outbox of commands sent to agents.

-- Bumped whenever an agent's peripherals change, so the agent knows to fetch them again.
ALTER TABLE device ADD COLUMN config_version INT NOT NULL DEFAULT 0;

-- One-time pairing codes; only the SHA-256 of the code is kept, and it dies at first use.
CREATE TABLE device_pairing (
    code_hash  CHAR(64)     NOT NULL PRIMARY KEY,
    device_id  BIGINT       NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_pairing_device FOREIGN KEY (device_id) REFERENCES device (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A printer, LED display, keypad or scanner hanging off an agent's PC. serves_device_id names
-- the kiosk whose tickets a ticket printer prints; counter_id the counter of a display or keypad.
-- settings holds the parameters as sorted "key=value" lines (transport, host, port, path, baud,
-- queue, paper, status, address, keys, framing).
CREATE TABLE peripheral (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id         BIGINT       NOT NULL,
    kind             VARCHAR(24)  NOT NULL,
    name             VARCHAR(255) NOT NULL,
    serves_device_id BIGINT,
    counter_id       BIGINT,
    settings         TEXT         NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_peripheral_agent FOREIGN KEY (agent_id) REFERENCES device (id),
    CONSTRAINT fk_peripheral_serves FOREIGN KEY (serves_device_id) REFERENCES device (id),
    CONSTRAINT fk_peripheral_counter FOREIGN KEY (counter_id) REFERENCES counter (id),
    CONSTRAINT ck_peripheral_kind CHECK (kind IN ('TICKET_PRINTER', 'LED_DISPLAY', 'RATING_KEYPAD', 'SCANNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox of commands to agents: QUEUED -> SENT (handed out; acked_at once the agent has
-- journaled it) -> DONE / FAILED, or EXPIRED when nobody took it in time.
CREATE TABLE device_command (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    agent_id      BIGINT       NOT NULL,
    peripheral_id BIGINT       NOT NULL,
    type          VARCHAR(24)  NOT NULL,
    payload       MEDIUMTEXT   NOT NULL,
    ticket_id     BIGINT,
    state         VARCHAR(8)   NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    expires_at    TIMESTAMP(3) NOT NULL,
    sent_at       TIMESTAMP(3) NULL,
    acked_at      TIMESTAMP(3) NULL,
    finished_at   TIMESTAMP(3) NULL,
    reason        VARCHAR(32),
    detail        VARCHAR(500),
    CONSTRAINT fk_command_agent FOREIGN KEY (agent_id) REFERENCES device (id),
    CONSTRAINT fk_command_peripheral FOREIGN KEY (peripheral_id) REFERENCES peripheral (id),
    CONSTRAINT ck_command_state CHECK (state IN ('QUEUED', 'SENT', 'DONE', 'FAILED', 'EXPIRED')),
    INDEX ix_command_agent_state (agent_id, state),
    INDEX ix_command_ticket (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
