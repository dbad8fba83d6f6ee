-- Dossiers (hồ sơ), their status history and the keys of integrated one-stop systems.
-- Instants are DATETIME(6) in UTC; business dates are DATE in the center's zone.

-- One row per receiving agency and receipt date; the row lock serialises the daily sequence of
-- dossier codes (V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX) in the receiving transaction.
CREATE TABLE dossier_sequence (
    agency_id    BIGINT NOT NULL,
    receipt_date DATE   NOT NULL,
    last_number  INT    NOT NULL,
    PRIMARY KEY (agency_id, receipt_date),
    CONSTRAINT fk_dseq_agency FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE dossier (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(40)   NOT NULL,
    center_id           BIGINT        NOT NULL,
    procedure_id        BIGINT        NOT NULL,
    agency_id           BIGINT        NOT NULL,
    field_id            BIGINT        NOT NULL,
    channel             VARCHAR(8)    NOT NULL,
    applicant_name      VARCHAR(255)  NOT NULL,
    applicant_id_number VARCHAR(20)   NOT NULL,
    applicant_phone     VARCHAR(20),
    applicant_email     VARCHAR(255),
    applicant_address   VARCHAR(500),
    received_at         DATETIME(6)   NOT NULL,
    received_date       DATE          NOT NULL,
    -- the date first promised: the one the on-time statistics compare with (003 Điều 14.4)
    appointment_date    DATE          NOT NULL,
    -- the date promised now: later than appointment_date after an apology letter (003 Điều 11.3)
    promised_date       DATE          NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    current_agency_id   BIGINT,
    result_date         DATE,
    withdrawn_date      DATE,
    late_entry          BOOLEAN       NOT NULL DEFAULT FALSE,
    source              VARCHAR(12)   NOT NULL,
    ticket_id           BIGINT,
    received_by_user_id BIGINT,
    integration_key_id  BIGINT,
    recorded_at         DATETIME(6)   NOT NULL,
    CONSTRAINT uq_dossier_code UNIQUE (code),
    CONSTRAINT fk_dossier_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT fk_dossier_procedure FOREIGN KEY (procedure_id) REFERENCES admin_procedure (id),
    CONSTRAINT fk_dossier_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_dossier_field FOREIGN KEY (field_id) REFERENCES field (id),
    CONSTRAINT fk_dossier_current_agency FOREIGN KEY (current_agency_id) REFERENCES agency (id),
    CONSTRAINT fk_dossier_user FOREIGN KEY (received_by_user_id) REFERENCES staff_user (id),
    CONSTRAINT ck_dossier_channel CHECK (channel IN ('DIRECT', 'ONLINE', 'POSTAL')),
    CONSTRAINT ck_dossier_status CHECK (status IN ('RECEIVED', 'SUPPLEMENT_REQUESTED', 'SUPPLEMENTED', 'REJECTED',
        'PROCESSING', 'RESULT_READY', 'RETURNED', 'WITHDRAWN')),
    CONSTRAINT ck_dossier_source CHECK (source IN ('COUNTER', 'INTEGRATION', 'CSV')),
    -- Statistics read three ranges: received in the period, resolved in the period, unresolved at
    -- its end. Each index covers what its query counts (dates and the four ways of grouping), so a
    -- report is an index-only range scan however large the table.
    INDEX ix_dossier_received (center_id, received_date, agency_id, field_id, procedure_id, channel),
    INDEX ix_dossier_result (center_id, result_date, appointment_date, agency_id, field_id, procedure_id, channel),
    INDEX ix_dossier_open (center_id, result_date, withdrawn_date, received_date, appointment_date, agency_id, field_id,
        procedure_id, channel)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every step of every dossier, append-only: the status history and the audit trail. A step
-- entered after the fact (004 Điều 8.2: the system was down, officers worked on paper) keeps
-- when it happened (occurred_at), when and by whom it was entered, and is marked late_entry.
CREATE TABLE dossier_event (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id           BIGINT        NOT NULL,
    type                 VARCHAR(24)   NOT NULL,
    status_after         VARCHAR(24)   NOT NULL,
    agency_id            BIGINT,
    reason               VARCHAR(1000),
    new_appointment_date DATE,
    occurred_at          DATETIME(6)   NOT NULL,
    recorded_at          DATETIME(6)   NOT NULL,
    late_entry           BOOLEAN       NOT NULL DEFAULT FALSE,
    source               VARCHAR(12)   NOT NULL,
    user_id              BIGINT,
    integration_key_id   BIGINT,
    -- the pushing system's own id of the event: a second push of it changes nothing
    external_id          VARCHAR(100),
    CONSTRAINT uq_dossier_event_external UNIQUE (dossier_id, external_id),
    CONSTRAINT fk_devent_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_devent_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_devent_dossier (dossier_id, id),
    INDEX ix_devent_late (late_entry, recorded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- API keys of integrated systems (an existing one-stop system pushing dossiers); only the
-- SHA-256 of a key is stored, the key itself is shown once when it is made.
CREATE TABLE integration_key (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    center_id  BIGINT       NOT NULL,
    name       VARCHAR(255) NOT NULL,
    key_hash   CHAR(64)     NOT NULL,
    enabled    BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_integration_key UNIQUE (key_hash),
    CONSTRAINT fk_ikey_center FOREIGN KEY (center_id) REFERENCES center (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
