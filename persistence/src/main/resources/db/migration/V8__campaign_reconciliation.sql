-- The check of campaigns against the provider's own totals (the domain's Reconciliation), and
-- whether a targeted re-read was a repair the service started by itself.
--
-- The last check of each campaign of an account, replaced by every new check (its types with it).
-- status is the domain's ReconciliationStatus; it follows from the types but is kept so that the
-- checks not yet complete are found without reading them. Only checked_at and status are required.
CREATE TABLE campaign_reconciliation (
    account               VARCHAR(200)             NOT NULL,
    campaign_id           VARCHAR                  NOT NULL,
    checked_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    provider_refreshed_at TIMESTAMP WITH TIME ZONE,
    sent                  BIGINT,
    status                VARCHAR(16)              NOT NULL,
    reason                VARCHAR,
    behind_since          TIMESTAMP WITH TIME ZONE,
    repaired_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_campaign_reconciliation PRIMARY KEY (campaign_id, account)
);

-- An account's checks, those checked longest ago first.
CREATE INDEX ix_campaign_reconciliation_checked ON campaign_reconciliation (account, checked_at);

-- One row per event type of a check: event_type is the code of stored_event; measure ('TOTAL' or
-- 'UNIQUE') and provider_total are both null where the provider gives no total for the type, and
-- stored_count is then the stored events.
CREATE TABLE campaign_reconciliation_type (
    account        VARCHAR(200) NOT NULL,
    campaign_id    VARCHAR      NOT NULL,
    event_type     SMALLINT     NOT NULL,
    measure        VARCHAR(8),
    provider_total BIGINT,
    stored_count   BIGINT       NOT NULL,
    CONSTRAINT pk_campaign_reconciliation_type PRIMARY KEY (campaign_id, account, event_type),
    CONSTRAINT fk_campaign_reconciliation_type FOREIGN KEY (campaign_id, account)
        REFERENCES campaign_reconciliation (campaign_id, account) ON DELETE CASCADE
);

-- The missing events of an account: a sum over all its types.
CREATE INDEX ix_campaign_reconciliation_type_account ON campaign_reconciliation_type (account);

-- Whether a targeted re-read repaired a campaign found behind the provider's totals (the service
-- started it by itself) rather than being asked for. False for every run before.
ALTER TABLE sync_run ADD COLUMN target_repair BOOLEAN DEFAULT FALSE NOT NULL;
