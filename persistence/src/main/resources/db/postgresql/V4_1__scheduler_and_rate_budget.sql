-- PostgreSQL only: several service instances share one PostgreSQL, and these two tables are how
-- they coordinate. Neither is read through jOOQ; the libraries that own them use plain JDBC.

-- db-scheduler's executions (its PostgreSQL schema, version 16): one row per account, task
-- 'account-sync', instance id = the account name. An instance claims a due row (picked, picked_by,
-- last_heartbeat) with SELECT ... FOR UPDATE SKIP LOCKED and keeps its heartbeat fresh while the
-- sync runs; a row whose heartbeat goes stale is handed to another instance.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- Bucket4j's token buckets (its PostgreSQL proxy manager, SELECT ... FOR UPDATE), one row per
-- bucket: id is '<provider>:<client id>:<second|day>', state is Bucket4j's serialized bucket.
CREATE TABLE request_budget_bucket (
    id    VARCHAR(300) NOT NULL,
    state BYTEA,
    CONSTRAINT pk_request_budget_bucket PRIMARY KEY (id)
);
