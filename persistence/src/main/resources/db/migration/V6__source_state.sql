-- What a source adapter learnt about an account and keeps across restarts, e.g. which activities
-- Constant Contact's campaigns have: one opaque value per account and key, understood only by the
-- adapter that wrote it. Never a secret (values are not encrypted). Losing a row costs requests,
-- never events.
CREATE TABLE source_state (
    account     VARCHAR(200) NOT NULL,
    state_key   VARCHAR(200) NOT NULL,
    state_value VARCHAR      NOT NULL,
    CONSTRAINT pk_source_state PRIMARY KEY (account, state_key)
);
