-- Keys the server signs public links with (a ticket's QR). Made once, kept across restarts and
-- shared by every server of the installation, so a printed ticket's link stays valid.
CREATE TABLE signing_key (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    key_value  VARBINARY(64) NOT NULL,
    created_at DATETIME(6) NOT NULL
) ENGINE=InnoDB;
