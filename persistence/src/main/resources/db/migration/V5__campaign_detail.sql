-- Campaign details, and the target of targeted re-reads in the run history.
--
-- Campaign details as the providers give them (name, subject, send time, recipients), kept beside
-- the events and keyed like them by account and campaign id (Copernica mailing/emailing id,
-- Constant Contact campaign activity id). A campaign may have details before it has events, and
-- events before it has details; the listing joins both. Every detail is nullable: providers do not
-- all give every one.
CREATE TABLE campaign_detail (
    account     VARCHAR(200)             NOT NULL,
    campaign_id VARCHAR                  NOT NULL,
    name        VARCHAR,
    subject     VARCHAR,
    sent_at     TIMESTAMP WITH TIME ZONE,
    recipients  BIGINT,
    CONSTRAINT pk_campaign_detail PRIMARY KEY (campaign_id, account)
);

-- The listing's keyset: an account's campaigns newest sent first, ties by campaign id.
CREATE INDEX ix_campaign_detail_sent ON campaign_detail (account, sent_at DESC, campaign_id);

-- What a targeted re-read covered (POST .../syncs with a body): its time range and/or campaign.
-- All null for a regular sync.
ALTER TABLE sync_run ADD COLUMN target_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE sync_run ADD COLUMN target_to TIMESTAMP WITH TIME ZONE;
ALTER TABLE sync_run ADD COLUMN target_campaign VARCHAR;
