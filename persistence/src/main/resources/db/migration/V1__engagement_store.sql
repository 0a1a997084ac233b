-- The whole store. Written once for PostgreSQL and for H2 in PostgreSQL mode
-- (MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH); jOOQ classes are generated
-- from this file. Free text is VARCHAR without a length (H2 would turn TEXT into a CLOB).

-- One row per event and account. Every EngagementEvent field has its own column so an event
-- round-trips exactly: an optional part (link, client, bounce) is absent exactly when its
-- mandatory column (link_url, client_device_type, bounce_category) is NULL.
CREATE TABLE engagement_event (
    account             VARCHAR(200)             NOT NULL,
    event_id            VARCHAR(200)             NOT NULL,
    provider            VARCHAR(32)              NOT NULL,
    product             VARCHAR,
    event_type          VARCHAR(32)              NOT NULL,
    occurred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    campaign_id         VARCHAR                  NOT NULL,
    parent_campaign_id  VARCHAR,
    recipient_id        VARCHAR                  NOT NULL,
    recipient_email     VARCHAR,
    profile_id          VARCHAR,
    subprofile_id       VARCHAR,
    link_url            VARCHAR,
    link_id             VARCHAR,
    link_title          VARCHAR,
    client_ip           VARCHAR,
    client_user_agent   VARCHAR,
    client_device_type  VARCHAR(16),
    client_referer      VARCHAR,
    bounce_code         VARCHAR,
    bounce_category     VARCHAR(16),
    bounce_description  VARCHAR,
    provider_event_id   VARCHAR,
    CONSTRAINT pk_engagement_event PRIMARY KEY (account, event_id)
);

-- Listing an account's events in query order (time, then id) and paging with a keyset.
CREATE INDEX ix_engagement_event_account_time ON engagement_event (account, occurred_at, event_id);
-- Campaign statistics: counts per type and distinct recipients come from the index alone.
CREATE INDEX ix_engagement_event_campaign ON engagement_event (account, campaign_id, event_type, recipient_id);
-- Filters and erasure by recipient: provider id, or the (lower-cased) email address.
CREATE INDEX ix_engagement_event_recipient ON engagement_event (account, recipient_id);
CREATE INDEX ix_engagement_event_email ON engagement_event (account, recipient_email);

-- Where each stream's next read starts; moved in the same transaction as the events it covers.
CREATE TABLE stream_checkpoint (
    account       VARCHAR(200) NOT NULL,
    stream_key    VARCHAR(200) NOT NULL,
    position_text VARCHAR      NOT NULL,
    fingerprint   VARCHAR,
    CONSTRAINT pk_stream_checkpoint PRIMARY KEY (account, stream_key)
);

-- One row per sync run; saved when it starts and again when it finishes.
CREATE TABLE sync_run (
    run_id            VARCHAR(200)             NOT NULL,
    account           VARCHAR(200)             NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    requests          BIGINT                   NOT NULL,
    events_read       BIGINT                   NOT NULL,
    events_stored     BIGINT                   NOT NULL,
    events_rejected   BIGINT                   NOT NULL,
    streams_done      INTEGER                  NOT NULL,
    streams_unchanged INTEGER                  NOT NULL,
    streams_failed    INTEGER                  NOT NULL,
    message           VARCHAR,
    CONSTRAINT pk_sync_run PRIMARY KEY (run_id)
);

CREATE INDEX ix_sync_run_account_started ON sync_run (account, started_at);

-- The streams that failed in a run, in the order the run reported them.
CREATE TABLE sync_run_failure (
    run_id     VARCHAR(200) NOT NULL,
    ordinal    INTEGER      NOT NULL,
    stream_key VARCHAR(200) NOT NULL,
    reason     VARCHAR      NOT NULL,
    CONSTRAINT pk_sync_run_failure PRIMARY KEY (run_id, ordinal),
    CONSTRAINT fk_sync_run_failure_run FOREIGN KEY (run_id) REFERENCES sync_run (run_id) ON DELETE CASCADE
);

-- Secrets that rotate (OAuth refresh tokens). secret_value carries a format prefix: encrypted
-- (AES-GCM) when the service has an encryption key, plain text otherwise. version grows by one
-- with every save, so saves can be compare-and-set.
CREATE TABLE provider_credential (
    account      VARCHAR(200) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    secret_value VARCHAR      NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT pk_provider_credential PRIMARY KEY (account, name)
);
