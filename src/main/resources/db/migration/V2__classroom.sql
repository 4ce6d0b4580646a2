-- The classroom (issue 16): instructor accounts, classes and their members, each class run's
-- status row (the live dashboard reads it, whichever instance trains the run), assignments and
-- their verified submissions. Portable SQL for H2 and PostgreSQL, like V1.

-- Instructor accounts, created by the operator (the admin stays the configured minimax.admin user).
CREATE TABLE accounts (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    -- Spring Security's {bcrypt}$2a$... form
    password_hash VARCHAR(100) NOT NULL,
    -- INSTRUCTOR (the only role stored here)
    role          VARCHAR(16)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE classes (
    -- unguessable id (URL-safe base64 of 128 random bits: 22 characters)
    id          VARCHAR(22)  NOT NULL PRIMARY KEY,
    -- the owning instructor (accounts.username; no foreign key: deleting an account keeps its classes' data for export)
    instructor  VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    -- the join code (/join/K7Q2XM); NULL once the class is archived
    join_code   VARCHAR(12)  UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    -- archived classes take no joins and are purged after minimax.classroom.archive-ttl
    archived_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX classes_instructor ON classes (instructor);

-- A student is a browser (the mm-browser cookie) with a pseudonym, per class.
CREATE TABLE class_members (
    class_id     VARCHAR(22) NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    browser_id   VARCHAR(64) NOT NULL,
    display_name VARCHAR(40) NOT NULL,
    joined_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (class_id, browser_id)
);
CREATE INDEX class_members_browser ON class_members (browser_id);

-- One small row per live run of a class member, written by the instance that trains it.
CREATE TABLE run_status (
    run_id         VARCHAR(43)  NOT NULL PRIMARY KEY,
    class_id       VARCHAR(22)  NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    browser_id     VARCHAR(64)  NOT NULL,
    -- the preset or divergence, for the dashboard's card
    summary        VARCHAR(200) NOT NULL,
    step           BIGINT       NOT NULL,
    state          VARCHAR(16)  NOT NULL,
    -- the key metrics as a small JSON object {"modesCovered":7,...}
    metrics_json   VARCHAR(4000) NOT NULL,
    -- a small thumbnail of the run's view (PNG)
    thumbnail      BYTEA,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- set by the instructor's Stop; the instance training the run stops it and clears nothing
    stop_requested BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX run_status_class ON run_status (class_id);

CREATE TABLE assignments (
    id           VARCHAR(22)   NOT NULL PRIMARY KEY,
    class_id     VARCHAR(22)   NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
    title        VARCHAR(100)  NOT NULL,
    -- the starting configuration (the preset's, as the JSON codec writes it) and the preset id
    preset       VARCHAR(64)   NOT NULL,
    config_json  VARCHAR(100000) NOT NULL,
    -- the locked settings groups, comma-separated _hide names (target,objective,...)
    locked       VARCHAR(200)  NOT NULL,
    step_budget  BIGINT        NOT NULL,
    -- pass criteria, e.g. "modesCovered>=20,highQualityFraction>=0.9"
    criteria     VARCHAR(1000) NOT NULL,
    opens_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the board is hidden from students until the due date
    board_hidden BOOLEAN       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assignments_class ON assignments (class_id);

CREATE TABLE submissions (
    id            VARCHAR(22)   NOT NULL PRIMARY KEY,
    assignment_id VARCHAR(22)   NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
    browser_id    VARCHAR(64)   NOT NULL,
    run_id        VARCHAR(43),
    -- the claimed generator step
    step          BIGINT        NOT NULL,
    -- the whole claim as submitted (config, seed, step, engine, the log of live changes, digest)
    claim_json    VARCHAR(2000000) NOT NULL,
    -- PENDING, VERIFYING, PASSED, FAILED (replayed, criteria not met), REFUSED (does not replay / breaks a rule)
    status        VARCHAR(16)   NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    -- the metrics the server computed itself on the evaluation seed, JSON
    metrics_json  VARCHAR(4000) NOT NULL,
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at   TIMESTAMP WITH TIME ZONE,
    replay_millis BIGINT
);
CREATE INDEX submissions_assignment ON submissions (assignment_id);
CREATE INDEX submissions_status ON submissions (status);
