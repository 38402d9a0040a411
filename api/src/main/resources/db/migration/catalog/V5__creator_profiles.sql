-- Full creator profiles. Accounts (metric history, recent posts, audience, follower sample) and
-- rates are stored as JSON in the import schema: they are always written and read whole with their
-- creator, and all filtering happens in the search index (see docs/adr/0008-creator-profile-storage.md).
ALTER TABLE catalog.creators
    ADD COLUMN external_source text,
    ADD COLUMN rates    jsonb  NOT NULL DEFAULT '[]',
    ADD COLUMN accounts jsonb  NOT NULL DEFAULT '[]',
    ADD COLUMN version  bigint NOT NULL DEFAULT 1;

-- A partner's external ids are its own: unique per source (the partner's tenant), not globally.
DROP INDEX catalog.creators_external_id_key;
UPDATE catalog.creators SET external_source = 'legacy' WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX creators_source_external_id_key ON catalog.creators (external_source, external_id)
    WHERE external_id IS NOT NULL;
ALTER TABLE catalog.creators ADD CONSTRAINT creators_external_id_has_source
    CHECK (external_id IS NULL OR external_source IS NOT NULL);

-- Bulk imports: a job per request, with counts a client can poll and one row per refused line.
CREATE TABLE catalog.imports (
    id           uuid PRIMARY KEY,
    source       text        NOT NULL,
    state        text        NOT NULL CHECK (state IN ('running', 'completed', 'failed')),
    lines        integer     NOT NULL DEFAULT 0,
    created      integer     NOT NULL DEFAULT 0,
    updated      integer     NOT NULL DEFAULT 0,
    rejected     integer     NOT NULL DEFAULT 0,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    failure      text
);
CREATE TABLE catalog.import_rejections (
    import_id  uuid    NOT NULL REFERENCES catalog.imports (id) ON DELETE CASCADE,
    line       integer NOT NULL,
    field      text    NOT NULL,
    reason     text    NOT NULL,
    PRIMARY KEY (import_id, line, field)
);

-- Imports belong to the tenant whose partner sent them.
ALTER TABLE catalog.import_rejections ADD COLUMN source text NOT NULL;
ALTER TABLE catalog.imports ENABLE ROW LEVEL SECURITY;
ALTER TABLE catalog.imports FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON catalog.imports
    USING (source = current_setting('truereach.tenant_id', true))
    WITH CHECK (source = current_setting('truereach.tenant_id', true));
ALTER TABLE catalog.import_rejections ENABLE ROW LEVEL SECURITY;
ALTER TABLE catalog.import_rejections FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON catalog.import_rejections
    USING (source = current_setting('truereach.tenant_id', true))
    WITH CHECK (source = current_setting('truereach.tenant_id', true));
