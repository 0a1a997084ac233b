-- Listings of one account read stored_event through (account, event_type, occurred_at, event_id)
-- instead of (account, occurred_at, event_id): a listing filtered by a rare type (bounces,
-- complaints) then reads only that type's rows in time order, where it scanned the account's rows
-- of every type until a page of matches was found. A listing of several types (or of all) reads
-- each type's first page through the index and merges them in time order. The key is as long as
-- before but for the two-byte type, and appends stay in time order within each type.
DROP INDEX ix_stored_event_account_time;

CREATE INDEX ix_stored_event_account_type_time ON stored_event (account, event_type, occurred_at, event_id);
