-- Idempotency keys: the first response to a key is stored and replayed to retries.
CREATE SCHEMA IF NOT EXISTS idempotency;

CREATE TABLE idempotency.requests (
    owner            text        NOT NULL,  -- tenant, or the subject for tenant-less callers
    key              text        NOT NULL,
    operation        text        NOT NULL,
    request_hash     text        NOT NULL,
    state            text        NOT NULL CHECK (state IN ('in_progress', 'completed')),
    response_status  integer,
    response_body    text,
    location         text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    PRIMARY KEY (owner, key)
);
CREATE INDEX idempotency_expiry_idx ON idempotency.requests (expires_at);
