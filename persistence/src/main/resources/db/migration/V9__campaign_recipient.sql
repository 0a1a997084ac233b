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
