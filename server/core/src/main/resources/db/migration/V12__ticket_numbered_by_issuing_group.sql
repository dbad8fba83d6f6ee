-- A ticket keeps the number its group gave it when it is transferred to another group: the
-- number is unique within the group that issued it, not within the group it waits in now. The
-- old key (center, current group, date, number) refused a transfer of A-0168 into a group that
-- held B-0168, and the issue of B-0168 after A-0168 had moved into group B.
ALTER TABLE ticket ADD COLUMN issued_group_id BIGINT NULL AFTER service_group_id;
-- The old key held on the current group, so this is unique too.
UPDATE ticket SET issued_group_id = service_group_id;
ALTER TABLE ticket
    MODIFY issued_group_id BIGINT NOT NULL,
    ADD CONSTRAINT fk_ticket_issued_group FOREIGN KEY (issued_group_id) REFERENCES service_group (id),
    ADD CONSTRAINT uq_ticket_issued_number UNIQUE (center_id, issued_group_id, business_date, number),
    DROP INDEX uq_ticket_number;
