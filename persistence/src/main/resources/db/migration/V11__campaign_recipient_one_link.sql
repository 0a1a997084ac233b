-- A recipient who clicked one link of a campaign, the common case, keeps that link in link_key
-- instead of a one-element link_keys array: on PostgreSQL an array costs a 24-byte header before
-- its elements, so the row shrinks by about a third. link_keys keeps the links of a recipient who
-- clicked two or more (then link_key is null); a row's links are link_key and link_keys together.
ALTER TABLE campaign_recipient ADD COLUMN link_key INTEGER;

UPDATE campaign_recipient SET link_key = link_keys[1], link_keys = NULL WHERE CARDINALITY(link_keys) = 1;
