-- PostgreSQL only. The two listing indexes of stored_event end at the time, without the text event
-- id: PostgreSQL reads them in (account, type, time) or (campaign, time) order and sorts the few
-- rows of one instant by id as it goes (an incremental sort), so a first page still reads about a
-- page of index entries, while each entry is shorter by the event id (tens of bytes per event and
-- index). H2 has no incremental sort and keeps the id in both.
DROP INDEX ix_stored_event_account_type_time;

CREATE INDEX ix_stored_event_account_type_time ON stored_event (account, event_type, occurred_at);

DROP INDEX ix_stored_event_campaign_time;

CREATE INDEX ix_stored_event_campaign_time ON stored_event (campaign_key, occurred_at);
