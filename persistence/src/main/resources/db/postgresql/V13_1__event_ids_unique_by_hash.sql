-- PostgreSQL only. An event is stored once per account and event id. The primary key (event_id,
-- account) kept that as a B-tree of the whole id text, about 100 bytes per event: ids such as
-- 'copernica:ms:clicks:123456' are long, share their first 20 characters, and the B-tree of ids
-- that do not arrive in text order (numbers of growing length, or random UUIDs) is half empty.
-- A hash exclusion constraint keeps the same rule with a 4-byte hash code per entry (about 35
-- bytes per event whatever the order of the ids); PostgreSQL's hash indexes cannot be unique,
-- but an exclusion constraint with = is a unique constraint that any index method can serve.
-- A hash index has one column, so the account and the id go into one text: the id's length
-- first, so that no other pair of account and id gives the same text. Lookups by id ask for
-- stored_event_key(account, event_id), the indexed expression. H2 keeps its primary key.
CREATE FUNCTION stored_event_key(account VARCHAR, event_id VARCHAR) RETURNS TEXT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT length(event_id)::text || ':' || event_id || account $$;

ALTER TABLE stored_event DROP CONSTRAINT pk_stored_event;

ALTER TABLE stored_event ADD CONSTRAINT ex_stored_event_id
    EXCLUDE USING hash (stored_event_key(account, event_id) WITH =);
