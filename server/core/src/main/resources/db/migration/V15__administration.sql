-- Administration on screens: a province's centers, their groups, counters, staff and settings,
-- the catalog imported from the national database's files, and the audit log of every change.

-- A center's receiving unit identifier (mã đơn vị tiếp nhận, TT 01/2018/TT-VPCP Điều 19) is the
-- first part of the codes of the dossiers it receives; level PROVINCIAL or COMMUNE; opening hours
-- as the kiosk and the board show them ("07:00-11:30, 13:30-17:00"); a retired center is kept
-- with its history but serves nobody.
ALTER TABLE center
    ADD COLUMN unit_code     VARCHAR(32)  NULL AFTER code,
    ADD COLUMN level         VARCHAR(12)  NOT NULL DEFAULT 'PROVINCIAL' AFTER unit_code,
    ADD COLUMN opening_hours VARCHAR(100) NULL AFTER time_zone,
    ADD COLUMN retired_at    DATETIME(6)  NULL,
    ADD CONSTRAINT uq_center_unit_code UNIQUE (unit_code),
    ADD CONSTRAINT ck_center_level CHECK (level IN ('PROVINCIAL', 'COMMUNE'));

-- What a center sets on its screens: the board's marquee and voice, the kiosk's idle timeout and
-- languages. One row per setting; a missing row means the product's default.
CREATE TABLE center_setting (
    center_id BIGINT       NOT NULL,
    name      VARCHAR(64)  NOT NULL,
    value     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (center_id, name),
    CONSTRAINT fk_setting_center FOREIGN KEY (center_id) REFERENCES center (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The national catalog publishes agencies by name; their codes come when a file carries them.
ALTER TABLE agency MODIFY code VARCHAR(32) NULL;
CREATE INDEX ix_agency_name ON agency (name);

-- Procedures: the levels that carry them out (cấp thực hiện, e.g. "PROVINCE,COMMUNE"); a procedure
-- that dossiers refer to is retired, never deleted.
ALTER TABLE admin_procedure
    ADD COLUMN levels     VARCHAR(40) NULL AFTER field_id,
    ADD COLUMN retired_at DATETIME(6) NULL,
    ADD COLUMN updated_at DATETIME(6) NULL;
CREATE INDEX ix_procedure_name ON admin_procedure (name(100));

-- An uploaded form file, kept in the database so it travels with backups.
ALTER TABLE procedure_form
    ADD COLUMN content     MEDIUMBLOB  NULL,
    ADD COLUMN uploaded_at DATETIME(6) NULL;

-- Service groups: English name, the weight a new counter gives them, the anti-starvation wait
-- (a ticket waiting longer than this is called before any other group's), opening hours for
-- tickets, and a daily ticket quota with the kiosk's message when it is reached.
ALTER TABLE service_group
    ADD COLUMN name_en          VARCHAR(255) NULL AFTER name,
    ADD COLUMN weight           INT          NOT NULL DEFAULT 1,
    ADD COLUMN max_wait_minutes INT          NULL,
    ADD COLUMN opening_hours    VARCHAR(100) NULL,
    ADD COLUMN daily_quota      INT          NULL,
    ADD COLUMN quota_message    VARCHAR(255) NULL,
    ADD COLUMN retired_at       DATETIME(6)  NULL,
    ADD CONSTRAINT ck_group_weight CHECK (weight BETWEEN 1 AND 100),
    ADD CONSTRAINT ck_group_max_wait CHECK (max_wait_minutes IS NULL OR max_wait_minutes BETWEEN 1 AND 600),
    ADD CONSTRAINT ck_group_quota CHECK (daily_quota IS NULL OR daily_quota BETWEEN 1 AND 9999);

-- A counter that tickets refer to is retired, not deleted; its number is free again.
ALTER TABLE counter
    ADD COLUMN retired_at  DATETIME(6) NULL,
    ADD COLUMN live_number INT AS (CASE WHEN retired_at IS NULL THEN number END) PERSISTENT,
    ADD CONSTRAINT uq_counter_live_number UNIQUE (center_id, live_number),
    DROP INDEX uq_counter_number;

-- Staff: a password given by an administrator must be changed at the first sign-in.
ALTER TABLE staff_user
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN password_changed_at  DATETIME(6) NULL;
CREATE INDEX ix_user_center ON staff_user (center_id, username);

-- The counters an officer may open; none listed: any counter of the officer's center.
CREATE TABLE staff_counter (
    user_id    BIGINT NOT NULL,
    counter_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, counter_id),
    CONSTRAINT fk_staff_counter_user FOREIGN KEY (user_id) REFERENCES staff_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_counter_counter FOREIGN KEY (counter_id) REFERENCES counter (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Dossier codes are numbered per receiving unit code and day: a commune center's own code, or at a
-- provincial center the code of the agency that receives there.
CREATE TABLE dossier_code_sequence (
    unit_code    VARCHAR(32) NOT NULL,
    receipt_date DATE        NOT NULL,
    last_number  INT         NOT NULL,
    PRIMARY KEY (unit_code, receipt_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO dossier_code_sequence (unit_code, receipt_date, last_number)
    SELECT a.code, s.receipt_date, s.last_number FROM dossier_sequence s JOIN agency a ON a.id = s.agency_id
    WHERE a.code IS NOT NULL;

-- Who changed what, when, from where: written in the transaction of the change, never edited.
CREATE TABLE audit_log (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at         DATETIME(6)   NOT NULL,
    center_id  BIGINT        NULL,
    user_id    BIGINT        NULL,
    username   VARCHAR(64)   NULL,
    address    VARCHAR(64)   NULL,
    action     VARCHAR(48)   NOT NULL,
    entity     VARCHAR(32)   NOT NULL,
    entity_id  VARCHAR(64)   NULL,
    summary    VARCHAR(500)  NULL,
    before_doc MEDIUMTEXT    NULL,
    after_doc  MEDIUMTEXT    NULL,
    INDEX ix_audit_center (center_id, at),
    INDEX ix_audit_at (at),
    INDEX ix_audit_user (username, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
