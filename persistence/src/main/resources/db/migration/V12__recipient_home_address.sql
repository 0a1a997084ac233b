-- A recipient's first address (its home: email and Copernica profile ids) moves into its
-- event_recipient row; event_address keeps only the further addresses a recipient had. Nearly every
-- recipient has one address, so a new recipient now writes one row and its index entries instead of
-- two rows. stored_event names its recipient itself and an address only when it is not the home:
-- address_key is null for an event of the home address.
--
-- The home columns are null once an erasure by email removed the home address (the recipient row
-- stays while further addresses do); a recipient's later new addresses are then further addresses.
ALTER TABLE event_recipient ADD COLUMN email VARCHAR;
ALTER TABLE event_recipient ADD COLUMN profile_id VARCHAR;
ALTER TABLE event_recipient ADD COLUMN subprofile_id VARCHAR;
ALTER TABLE stored_event ADD COLUMN recipient_key INTEGER;
ALTER TABLE stored_event ALTER COLUMN address_key DROP NOT NULL;

-- Correlated subqueries, not UPDATE ... FROM, which H2 lacks.
UPDATE stored_event SET recipient_key =
    (SELECT a.recipient_key FROM event_address a WHERE a.address_key = stored_event.address_key);

-- Each recipient's lowest-keyed address, the first it was stored with, becomes its home.
UPDATE event_recipient SET
    email = (SELECT a.email FROM event_address a WHERE a.address_key =
        (SELECT MIN(b.address_key) FROM event_address b WHERE b.recipient_key = event_recipient.recipient_key)),
    profile_id = (SELECT a.profile_id FROM event_address a WHERE a.address_key =
        (SELECT MIN(b.address_key) FROM event_address b WHERE b.recipient_key = event_recipient.recipient_key)),
    subprofile_id = (SELECT a.subprofile_id FROM event_address a WHERE a.address_key =
        (SELECT MIN(b.address_key) FROM event_address b WHERE b.recipient_key = event_recipient.recipient_key));

UPDATE stored_event SET address_key = NULL WHERE address_key IN (
    SELECT a.address_key FROM event_address a JOIN event_recipient r ON r.recipient_key = a.recipient_key
    WHERE r.email = a.email AND r.profile_id = a.profile_id AND r.subprofile_id = a.subprofile_id);

DELETE FROM event_address WHERE EXISTS (
    SELECT 1 FROM event_recipient r WHERE r.recipient_key = event_address.recipient_key
    AND r.email = event_address.email AND r.profile_id = event_address.profile_id
    AND r.subprofile_id = event_address.subprofile_id);

ALTER TABLE stored_event ALTER COLUMN recipient_key SET NOT NULL;

-- Listing and erasing a recipient's (or one of its addresses') events.
DROP INDEX ix_stored_event_address;
CREATE INDEX ix_stored_event_recipient ON stored_event (recipient_key);
-- Listing and erasing by email: the home addresses' emails (further ones: ix_event_address_email).
CREATE INDEX ix_event_recipient_email ON event_recipient (email);
