-- The statistics in four tables instead of nine, each row written once per page at most.
--
-- One row per recipient and campaign says what the distinct-recipient statistics have counted of
-- that recipient there, instead of one row per recipient, campaign and type (or link) in three
-- tables: a click by a recipient new to a campaign now writes one index entry here, not six.
--
-- recipient_campaign is the recipient key times 2^32 plus the campaign key (both are
-- non-negative integers): a single integer primary key, which H2 uses as the row's own key, with
-- no second index; a recipient's rows are one key range (an erasure reads them by it).
-- event_types has bit 2^code set for each event type code the recipient has in the campaign,
-- human_types the same for its human opens (3) and clicks (4), link_keys the links it clicked, in
-- ascending order (null when none).
CREATE TABLE campaign_recipient (
    recipient_campaign BIGINT  NOT NULL,
    event_types        INTEGER NOT NULL,
    human_types        INTEGER NOT NULL,
    link_keys          INTEGER ARRAY,
    CONSTRAINT pk_campaign_recipient PRIMARY KEY (recipient_campaign)
);

-- Each row of the old tables has a distinct type (or link) per recipient and campaign, so the sum
-- of the types' bits is their union. A human open or click, and a clicked link, always has its
-- recipient's row in campaign_type_recipient.
INSERT INTO campaign_recipient (recipient_campaign, event_types, human_types, link_keys)
SELECT CAST(t.recipient_key AS BIGINT) * 4294967296 + t.campaign_key, t.types, COALESCE(h.types, 0), l.links
FROM (SELECT recipient_key, campaign_key, SUM(CAST(POWER(2, event_type) AS INTEGER)) AS types
      FROM campaign_type_recipient GROUP BY recipient_key, campaign_key) t
LEFT JOIN (SELECT recipient_key, campaign_key, SUM(CAST(POWER(2, event_type) AS INTEGER)) AS types
           FROM campaign_human_recipient GROUP BY recipient_key, campaign_key) h
       ON h.recipient_key = t.recipient_key AND h.campaign_key = t.campaign_key
LEFT JOIN (SELECT recipient_key, campaign_key, ARRAY_AGG(link_key ORDER BY link_key) AS links
           FROM campaign_link_recipient GROUP BY recipient_key, campaign_key) l
       ON l.recipient_key = t.recipient_key AND l.campaign_key = t.campaign_key;

DROP TABLE campaign_type_recipient;
DROP TABLE campaign_human_recipient;
DROP TABLE campaign_link_recipient;

-- The human figures of opens and clicks move beside all events' figures: one row per campaign and
-- type holds both (human_events and human_recipients stay 0 for the other types).
ALTER TABLE campaign_type_count ADD COLUMN human_events BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE campaign_type_count ADD COLUMN human_recipients BIGINT DEFAULT 0 NOT NULL;

UPDATE campaign_type_count t
SET human_events = COALESCE((SELECT h.events FROM campaign_human_count h
                             WHERE h.campaign_key = t.campaign_key AND h.event_type = t.event_type), 0),
    human_recipients = COALESCE((SELECT h.recipients FROM campaign_human_count h
                                 WHERE h.campaign_key = t.campaign_key AND h.event_type = t.event_type), 0);

DROP TABLE campaign_human_count;

-- Opens and clicks per campaign and facet value, one table for the breakdowns that count events
-- only: facet 1 the operating system and 2 the email client of human events, 3 the device type of
-- every open and click, 4 the reason (its name) of machine events.
CREATE TABLE campaign_facet_count (
    campaign_key INTEGER  NOT NULL,
    facet        SMALLINT NOT NULL,
    name         VARCHAR  NOT NULL,
    events       BIGINT   NOT NULL,
    CONSTRAINT pk_campaign_facet_count PRIMARY KEY (campaign_key, facet, name)
);

INSERT INTO campaign_facet_count (campaign_key, facet, name, events)
SELECT campaign_key, facet, name, events FROM campaign_client_count;

INSERT INTO campaign_facet_count (campaign_key, facet, name, events)
SELECT campaign_key, 3, device_type, events FROM campaign_device_count;

INSERT INTO campaign_facet_count (campaign_key, facet, name, events)
SELECT campaign_key, 4,
       CASE reason WHEN 0 THEN 'APPLE_PRIVACY_PROXY' WHEN 1 THEN 'IMAGE_PROXY' WHEN 2 THEN 'SECURITY_SCANNER'
                   WHEN 3 THEN 'TOO_FAST' WHEN 4 THEN 'ALL_LINKS_BURST' END,
       events
FROM campaign_machine_count;

DROP TABLE campaign_client_count;
DROP TABLE campaign_device_count;
DROP TABLE campaign_machine_count;
