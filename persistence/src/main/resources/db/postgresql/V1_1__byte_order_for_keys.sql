-- PostgreSQL only (H2 already compares strings by code point). Events are listed in the order
-- time, event id, account, and links by url; the keyset cursor and every client compare those
-- strings by code point, so the database must too, whatever collation the database was created
-- with (en_US would sort 'x:a' before 'x:B'). The indexes are rebuilt with the new collation.
ALTER TABLE engagement_event ALTER COLUMN event_id TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE engagement_event ALTER COLUMN account TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE engagement_event ALTER COLUMN link_url TYPE VARCHAR COLLATE "C";
ALTER TABLE engagement_event ALTER COLUMN link_id TYPE VARCHAR COLLATE "C";
