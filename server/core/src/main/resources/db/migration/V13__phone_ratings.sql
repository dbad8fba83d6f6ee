-- A citizen may rate a dossier from the phone page of its receipt's QR code (after proving they
-- are the applicant): one more source of votes. Still one rating per dossier code, by uq_rating_dossier.
ALTER TABLE rating DROP CONSTRAINT ck_rating_source;
ALTER TABLE rating ADD CONSTRAINT ck_rating_source CHECK (source IN ('TERMINAL', 'KIOSK', 'STAFF', 'DEVICE', 'PHONE'));
