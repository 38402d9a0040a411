-- The creator catalogue and its transactional outbox.
CREATE SCHEMA IF NOT EXISTS catalog;

CREATE TABLE catalog.creators (
    id            uuid PRIMARY KEY,
    external_id   text,
    display_name  text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    bio           text        NOT NULL DEFAULT '' CHECK (length(bio) <= 2000),
    country       char(2)     NOT NULL,
    languages     text[]      NOT NULL DEFAULT '{}',
    niches        text[]      NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX creators_external_id_key ON catalog.creators (external_id) WHERE external_id IS NOT NULL;

-- Written in the same transaction as the change it announces; drained by the relay.
CREATE TABLE catalog.outbox (
    id               bigserial   PRIMARY KEY,
    topic            text        NOT NULL,
    aggregate_id     uuid        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    attempts         integer     NOT NULL DEFAULT 0,
    last_error       text,
    published_at     timestamptz
);

CREATE INDEX outbox_due_idx ON catalog.outbox (next_attempt_at, id) WHERE published_at IS NULL;
