-- PostgreSQL only (H2 already compares strings by code point). Campaigns are listed by send time
-- and then by campaign id, and the keyset cursor compares ids by code point, so the database must
-- too, whatever collation it was created with; the listing also takes the ids of campaigns that
-- have events but no details from event_campaign, which is given the same collation.
ALTER TABLE campaign_detail ALTER COLUMN campaign_id TYPE VARCHAR COLLATE "C";
ALTER TABLE campaign_detail ALTER COLUMN account TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE event_campaign ALTER COLUMN campaign_id TYPE VARCHAR COLLATE "C";
ALTER TABLE event_campaign ALTER COLUMN account TYPE VARCHAR(200) COLLATE "C";
