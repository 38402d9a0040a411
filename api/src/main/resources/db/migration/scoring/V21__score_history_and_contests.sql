-- A creator's authenticity over time, and the corrections creators ask for. Creators belong to no
-- tenant, so neither table carries tenant_id; the API reads them only for the creator themself or
-- for callers allowed to read creators.

-- One row each time a creator's score changed when they were rescored (an unchanged rescore adds nothing).
CREATE TABLE scoring.score_history (
    id                       bigserial PRIMARY KEY,
    creator_id               uuid             NOT NULL,
    platform                 text             NOT NULL,
    authenticity             double precision NOT NULL CHECK (authenticity BETWEEN 0 AND 100),
    authenticity_confidence  double precision NOT NULL CHECK (authenticity_confidence BETWEEN 0 AND 1),
    organic_reach            bigint           NOT NULL CHECK (organic_reach >= 0),
    scored_at                timestamptz      NOT NULL
);
CREATE INDEX score_history_creator_idx ON scoring.score_history (creator_id, id DESC);

-- A creator's request to correct their score, with the signal they dispute (if they named one).
CREATE TABLE scoring.contests (
    id            uuid        PRIMARY KEY,
    creator_id    uuid        NOT NULL,
    signal        text,
    note          text        NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
    status        text        NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
    -- the score as the creator saw it when contesting, so a reviewer sees what was disputed
    score_at_contest          double precision,
    confidence_at_contest     double precision,
    submitted_by  text        NOT NULL,
    created_at    timestamptz NOT NULL
);
CREATE INDEX contests_creator_idx ON scoring.contests (creator_id, created_at DESC);
-- At most one open contest per creator and signal: a repeated click does not queue duplicates.
CREATE UNIQUE INDEX contests_one_open_idx ON scoring.contests (creator_id, coalesce(signal, '')) WHERE status = 'open';
