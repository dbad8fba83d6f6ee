-- OneDoor foundation: centers, catalog, service groups, counters, staff, devices.
-- All text is utf8mb4 so every Vietnamese diacritic survives.

CREATE TABLE center (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(32)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    address       VARCHAR(500),
    time_zone     VARCHAR(64)  NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    ticket_format VARCHAR(32)  NOT NULL DEFAULT '{prefix}-{number:4}',
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_center_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sở, UBND cấp huyện, UBND cấp xã: the authority that decides a procedure.
-- code is the agency part of the national dossier code (V1V2V3.Z1Z2.Y1Y2.MX1X2).
CREATE TABLE agency (
    id    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code  VARCHAR(32)  NOT NULL,
    name  VARCHAR(255) NOT NULL,
    level VARCHAR(16)  NOT NULL,
    CONSTRAINT uq_agency_code UNIQUE (code),
    CONSTRAINT ck_agency_level CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Lĩnh vực.
CREATE TABLE field (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(32)  NOT NULL,
    name VARCHAR(255) NOT NULL,
    CONSTRAINT uq_field_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Thủ tục hành chính. "procedure" is a reserved word in MariaDB.
CREATE TABLE admin_procedure (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(32)   NOT NULL,
    name               VARCHAR(500)  NOT NULL,
    agency_id          BIGINT        NOT NULL,
    field_id           BIGINT        NOT NULL,
    processing_days    INT           NOT NULL,
    fee_vnd            BIGINT        NOT NULL DEFAULT 0,
    fee_note           VARCHAR(500),
    online_level       TINYINT       NOT NULL,
    required_documents TEXT          NOT NULL,
    CONSTRAINT uq_procedure_code UNIQUE (code),
    CONSTRAINT fk_procedure_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    CONSTRAINT fk_procedure_field FOREIGN KEY (field_id) REFERENCES field (id),
    CONSTRAINT ck_procedure_days CHECK (processing_days >= 0),
    CONSTRAINT ck_procedure_fee CHECK (fee_vnd >= 0),
    CONSTRAINT ck_procedure_level CHECK (online_level BETWEEN 1 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Mẫu đơn, tờ khai attached to a procedure; file_name is under the forms directory.
CREATE TABLE procedure_form (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    procedure_id BIGINT       NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    name         VARCHAR(500) NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    CONSTRAINT uq_form_code UNIQUE (procedure_id, code),
    CONSTRAINT fk_form_procedure FOREIGN KEY (procedure_id) REFERENCES admin_procedure (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_group (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    center_id  BIGINT       NOT NULL,
    prefix     CHAR(1)      NOT NULL,
    name       VARCHAR(255) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_group_prefix UNIQUE (center_id, prefix),
    CONSTRAINT fk_group_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT ck_group_prefix CHECK (prefix BETWEEN 'A' AND 'Z')
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_group_procedure (
    service_group_id BIGINT NOT NULL,
    procedure_id     BIGINT NOT NULL,
    PRIMARY KEY (service_group_id, procedure_id),
    CONSTRAINT fk_sgp_group FOREIGN KEY (service_group_id) REFERENCES service_group (id) ON DELETE CASCADE,
    CONSTRAINT fk_sgp_procedure FOREIGN KEY (procedure_id) REFERENCES admin_procedure (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE counter (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    center_id BIGINT       NOT NULL,
    number    INT          NOT NULL,
    name      VARCHAR(255) NOT NULL,
    CONSTRAINT uq_counter_number UNIQUE (center_id, number),
    CONSTRAINT fk_counter_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT ck_counter_number CHECK (number > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which service groups a counter serves, and how strongly (used by call-next routing).
CREATE TABLE counter_service_group (
    counter_id       BIGINT NOT NULL,
    service_group_id BIGINT NOT NULL,
    weight           INT    NOT NULL DEFAULT 1,
    PRIMARY KEY (counter_id, service_group_id),
    CONSTRAINT fk_csg_counter FOREIGN KEY (counter_id) REFERENCES counter (id) ON DELETE CASCADE,
    CONSTRAINT fk_csg_group FOREIGN KEY (service_group_id) REFERENCES service_group (id) ON DELETE CASCADE,
    CONSTRAINT ck_csg_weight CHECK (weight BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_user (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    full_name     VARCHAR(255) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    role          VARCHAR(16)  NOT NULL,
    center_id     BIGINT,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_user_username UNIQUE (username),
    CONSTRAINT fk_user_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT ck_user_role CHECK (role IN ('ADMIN', 'MANAGER', 'OFFICER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bearer tokens handed out at login; only their SHA-256 is stored.
CREATE TABLE staff_token (
    token_hash CHAR(64)     NOT NULL PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES staff_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Kiosks, wall boards, rating terminals and device agents; only the token's SHA-256 is stored.
CREATE TABLE device (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    center_id  BIGINT       NOT NULL,
    type       VARCHAR(16)  NOT NULL,
    name       VARCHAR(255) NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    counter_id BIGINT,
    enabled    BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    CONSTRAINT uq_device_token UNIQUE (token_hash),
    CONSTRAINT fk_device_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT fk_device_counter FOREIGN KEY (counter_id) REFERENCES counter (id),
    CONSTRAINT ck_device_type CHECK (type IN ('KIOSK', 'DISPLAY', 'RATING', 'AGENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
