-- An operator answers a contest: accepted or rejected, with a response the creator reads.
ALTER TABLE scoring.contests
    ADD COLUMN response    text CHECK (response IS NULL OR length(response) BETWEEN 1 AND 2000),
    ADD COLUMN resolved_by text,
    ADD COLUMN resolved_at timestamptz,
    ADD CONSTRAINT contests_resolution_complete
        CHECK ((status = 'open') = (resolved_at IS NULL) AND (status = 'open') = (response IS NULL));
-- The review queue: open contests, oldest first.
CREATE INDEX contests_open_queue_idx ON scoring.contests (created_at, id) WHERE status = 'open';
