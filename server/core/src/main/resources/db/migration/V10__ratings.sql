-- Citizen satisfaction ratings (đánh giá mức độ hài lòng, 003 Điều 12).

-- A center's own scale. A center without rows uses the default three levels of the code
-- (Rất hài lòng / Hài lòng / Không hài lòng); a higher score is a happier citizen.
CREATE TABLE rating_level (
    center_id BIGINT       NOT NULL,
    score     TINYINT      NOT NULL,
    label_vi  VARCHAR(100) NOT NULL,
    label_en  VARCHAR(100) NOT NULL,
    satisfied BOOLEAN      NOT NULL,
    PRIMARY KEY (center_id, score),
    CONSTRAINT fk_rating_level_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT ck_rating_level_score CHECK (score BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a citizen may point at besides the score (attitude, time, guidance…).
CREATE TABLE rating_criterion (
    center_id  BIGINT       NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    label_vi   VARCHAR(100) NOT NULL,
    label_en   VARCHAR(100) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (center_id, code),
    CONSTRAINT fk_rating_criterion_center FOREIGN KEY (center_id) REFERENCES center (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One rating per dossier code (003 Điều 12.2) and one per ticket, held by the unique keys, not by
-- a check before the insert. The dossier code is text: dossiers live in another feature, and a
-- code from the national portal may not be in our database at all. MariaDB lets several rows
-- have NULL in a unique column, so a visit without a dossier is keyed by its ticket alone.
-- satisfied is copied from the scale at the time of the vote, so changing a scale later does
-- not rewrite past satisfaction rates.
CREATE TABLE rating (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    center_id    BIGINT       NOT NULL,
    dossier_code VARCHAR(40),
    ticket_id    BIGINT,
    score        TINYINT      NOT NULL,
    scale_size   TINYINT      NOT NULL,
    satisfied    BOOLEAN      NOT NULL,
    comment      VARCHAR(500),
    counter_id   BIGINT,
    officer_id   BIGINT,
    agency_id    BIGINT,
    source       VARCHAR(16)  NOT NULL,
    device_id    BIGINT,
    user_id      BIGINT,
    rated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uq_rating_dossier UNIQUE (dossier_code),
    CONSTRAINT uq_rating_ticket UNIQUE (ticket_id),
    CONSTRAINT ck_rating_subject CHECK (dossier_code IS NOT NULL OR ticket_id IS NOT NULL),
    CONSTRAINT ck_rating_score CHECK (score BETWEEN 1 AND scale_size),
    CONSTRAINT ck_rating_source CHECK (source IN ('TERMINAL', 'KIOSK', 'STAFF', 'DEVICE')),
    CONSTRAINT fk_rating_center FOREIGN KEY (center_id) REFERENCES center (id),
    CONSTRAINT fk_rating_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_rating_counter FOREIGN KEY (counter_id) REFERENCES counter (id),
    CONSTRAINT fk_rating_officer FOREIGN KEY (officer_id) REFERENCES staff_user (id),
    CONSTRAINT fk_rating_agency FOREIGN KEY (agency_id) REFERENCES agency (id),
    INDEX ix_rating_center (center_id, rated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE rating_criterion_choice (
    rating_id BIGINT      NOT NULL,
    criterion VARCHAR(32) NOT NULL,
    PRIMARY KEY (rating_id, criterion),
    CONSTRAINT fk_choice_rating FOREIGN KEY (rating_id) REFERENCES rating (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A rating by dossier code at the kiosk finds the visit that handed the result over.
CREATE INDEX ix_ticket_dossier_code ON ticket (dossier_code);
