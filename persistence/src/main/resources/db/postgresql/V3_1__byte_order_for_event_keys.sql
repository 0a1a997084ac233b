-- PostgreSQL only (H2 already compares strings by code point). The compact store lists events in
-- the order time, event id, account; the keyset cursor and every client compare those strings by
-- code point, so the database must too, whatever collation the database was created with.
ALTER TABLE stored_event ALTER COLUMN event_id TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE stored_event ALTER COLUMN account TYPE VARCHAR(200) COLLATE "C";
