-- How many tickets of a group wait today, kept in the sequence row by every transaction that moves
-- a ticket into or out of WAITING, so "people ahead" needs no count over a long queue.
ALTER TABLE ticket_sequence
    ADD COLUMN waiting_priority INT NOT NULL DEFAULT 0,
    ADD COLUMN waiting_normal   INT NOT NULL DEFAULT 0;

UPDATE ticket_sequence s SET
    waiting_priority = (SELECT COUNT(*) FROM ticket t WHERE t.service_group_id = s.service_group_id
                        AND t.business_date = s.business_date AND t.status = 'WAITING' AND t.is_priority),
    waiting_normal   = (SELECT COUNT(*) FROM ticket t WHERE t.service_group_id = s.service_group_id
                        AND t.business_date = s.business_date AND t.status = 'WAITING' AND NOT t.is_priority);
