-- Durable runs (issue 15): a run belongs to a browser token, not to the HTTP session; its
-- checkpoints hold its complete state as one opaque, versioned blob. Portable SQL: the same
-- file migrates the embedded H2 file database and PostgreSQL (BYTEA is an H2 alias of
-- BINARY VARYING; TIMESTAMP WITH TIME ZONE and VARCHAR(n) exist in both).
CREATE TABLE runs (
    -- unguessable run token (URL-safe base64 of 256 random bits: 43 characters)
    id          VARCHAR(43)      NOT NULL PRIMARY KEY,
    -- the long-lived browser cookie (mm-browser) that owns the run
    browser_id  VARCHAR(64)      NOT NULL,
    -- the experiment config as the JSON codec writes it
    config_json VARCHAR(1000000) NOT NULL,
    -- the engine version that trained it (a checkpoint of another engine is refused)
    engine      VARCHAR(32)      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- last time a page opened it: runs not opened for minimax.checkpoint.ttl are removed
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX runs_browser ON runs (browser_id);
CREATE INDEX runs_opened_at ON runs (opened_at);

CREATE TABLE checkpoints (
    run_id     VARCHAR(43) NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    -- generator steps at the checkpoint
    step       BIGINT      NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    engine     VARCHAR(32) NOT NULL,
    -- the serialised state (format versioned inside), checked before anything is read from it
    state      BYTEA       NOT NULL,
    PRIMARY KEY (run_id, step)
);
