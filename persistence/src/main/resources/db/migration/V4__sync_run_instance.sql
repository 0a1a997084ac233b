-- Which service instance ran each sync run (engagement.instance.name, by default the host name).
-- Null for runs recorded before instances were named.
ALTER TABLE sync_run ADD COLUMN instance_name VARCHAR(200);
