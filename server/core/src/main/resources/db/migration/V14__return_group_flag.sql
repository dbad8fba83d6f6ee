-- The group that hands results back (trả kết quả) is marked as such, not found by its name: a
-- kiosk offers a ticket to it for a ready dossier. Existing groups named so (in any accents: the
-- collation ignores them) keep the role.
ALTER TABLE service_group ADD COLUMN returns_results BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE service_group SET returns_results = TRUE WHERE name = 'Tra ket qua';
