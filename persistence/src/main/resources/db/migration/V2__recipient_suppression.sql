-- Erasure that sticks: the recipients erased from each account, so that no later sync, overlap
-- re-read or backfill stores their events again. A recipient is suppressed by the provider's
-- recipient id (kind 'id') and by email address (kind 'email'); an address is never kept itself,
-- only as base64url(HMAC-SHA256(lower-cased address)) under the store's own secret below.
CREATE TABLE recipient_suppression (
    account       VARCHAR(200)             NOT NULL,
    kind          VARCHAR(8)               NOT NULL,
    match_value   VARCHAR                  NOT NULL,
    suppressed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_recipient_suppression PRIMARY KEY (account, kind, match_value)
);

-- Secrets the store generates for itself on first use (the suppression HMAC key), base64url.
CREATE TABLE store_secret (
    name         VARCHAR(64) NOT NULL,
    secret_value VARCHAR     NOT NULL,
    CONSTRAINT pk_store_secret PRIMARY KEY (name)
);

-- How many events a run read but dropped because their recipient was erased.
ALTER TABLE sync_run ADD COLUMN events_suppressed BIGINT DEFAULT 0 NOT NULL;
