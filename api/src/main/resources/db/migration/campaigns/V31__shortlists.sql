-- A tenant's private lists of creators, with a note and tags per creator.
CREATE TABLE campaigns.shortlists (
    id          uuid PRIMARY KEY,
    tenant_id   text        NOT NULL,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE campaigns.shortlist_entries (
    tenant_id     text        NOT NULL,
    shortlist_id  uuid        NOT NULL REFERENCES campaigns.shortlists (id) ON DELETE CASCADE,
    creator_id    uuid        NOT NULL REFERENCES catalog.creators (id) ON DELETE CASCADE,
    note          text        NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    tags          text[]      NOT NULL DEFAULT '{}',
    added_by      text        NOT NULL,
    added_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shortlist_id, creator_id)
);
ALTER TABLE campaigns.shortlists ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaigns.shortlists FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns.shortlists
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
ALTER TABLE campaigns.shortlist_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaigns.shortlist_entries FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns.shortlist_entries
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
