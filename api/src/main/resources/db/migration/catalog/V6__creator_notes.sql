-- A tenant's private notes and tags on a creator. Creators are marketplace-wide; what a tenant
-- writes about them is the tenant's alone.
CREATE TABLE catalog.creator_notes (
    tenant_id   text        NOT NULL,
    creator_id  uuid        NOT NULL REFERENCES catalog.creators (id) ON DELETE CASCADE,
    note        text        NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
    tags        text[]      NOT NULL DEFAULT '{}',
    updated_by  text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, creator_id)
);
ALTER TABLE catalog.creator_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE catalog.creator_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON catalog.creator_notes
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
