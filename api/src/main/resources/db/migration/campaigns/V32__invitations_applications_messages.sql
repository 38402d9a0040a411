-- The marketplace's workflow between a brand (a tenant) and a creator (no tenant): invitations,
-- applications with their transitions, and messages. Each row names both sides, and row-level
-- security admits either: the tenant through truereach.tenant_id, the creator through
-- truereach.creator_id (set only for a creator's own requests).
CREATE FUNCTION campaigns.current_creator() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('truereach.creator_id', true), '')::uuid $$;

CREATE TABLE campaigns.invitations (
    id              uuid PRIMARY KEY,
    tenant_id       text        NOT NULL,
    campaign_id     uuid        NOT NULL REFERENCES campaigns.campaigns (id),
    creator_id      uuid        NOT NULL REFERENCES catalog.creators (id),
    message         text        NOT NULL DEFAULT '' CHECK (length(message) <= 2000),
    state           text        NOT NULL CHECK (state IN ('pending', 'accepted', 'declined')),
    invited_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    responded_at    timestamptz,
    application_id  uuid,
    UNIQUE (campaign_id, creator_id)
);
CREATE INDEX invitations_creator_idx ON campaigns.invitations (creator_id, created_at DESC);

CREATE TABLE campaigns.applications (
    id                   uuid PRIMARY KEY,
    tenant_id            text        NOT NULL,
    campaign_id          uuid        NOT NULL REFERENCES campaigns.campaigns (id),
    creator_id           uuid        NOT NULL REFERENCES catalog.creators (id),
    invitation_id        uuid        REFERENCES campaigns.invitations (id),
    pitch                text        NOT NULL CHECK (length(pitch) BETWEEN 1 AND 5000),
    proposed_rate_minor  bigint      NOT NULL CHECK (proposed_rate_minor > 0),
    currency             char(3)     NOT NULL,
    deliverable_plan     jsonb       NOT NULL,
    state                text        NOT NULL CHECK (state IN ('submitted', 'shortlisted', 'accepted', 'declined', 'withdrawn')),
    version              bigint      NOT NULL DEFAULT 1,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz NOT NULL DEFAULT now()
);
-- One live application per creator and campaign; a withdrawn one does not block a new one.
CREATE UNIQUE INDEX applications_one_live_per_creator ON campaigns.applications (campaign_id, creator_id) WHERE state <> 'withdrawn';
CREATE INDEX applications_campaign_idx ON campaigns.applications (campaign_id, created_at);
CREATE INDEX applications_creator_idx ON campaigns.applications (creator_id, created_at DESC);

CREATE TABLE campaigns.application_transitions (
    id              bigserial PRIMARY KEY,
    tenant_id       text        NOT NULL,
    creator_id      uuid        NOT NULL,
    application_id  uuid        NOT NULL REFERENCES campaigns.applications (id),
    from_state      text,
    to_state        text        NOT NULL,
    actor           text        NOT NULL,
    reason          text        NOT NULL DEFAULT '',
    at              timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX application_transitions_idx ON campaigns.application_transitions (application_id, id);

CREATE TABLE campaigns.messages (
    id              uuid PRIMARY KEY,
    tenant_id       text        NOT NULL,
    creator_id      uuid        NOT NULL,
    application_id  uuid        NOT NULL REFERENCES campaigns.applications (id),
    sender          text        NOT NULL CHECK (sender IN ('brand', 'creator')),
    author          text        NOT NULL,
    body            text        NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
    sent_at         timestamptz NOT NULL DEFAULT now(),
    read_at         timestamptz
);
CREATE INDEX messages_application_idx ON campaigns.messages (application_id, sent_at, id);

ALTER TABLE campaigns.invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaigns.invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns.invitations
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
CREATE POLICY creator_reads ON campaigns.invitations FOR SELECT USING (creator_id = campaigns.current_creator());
CREATE POLICY creator_answers ON campaigns.invitations FOR UPDATE
    USING (creator_id = campaigns.current_creator()) WITH CHECK (creator_id = campaigns.current_creator());

ALTER TABLE campaigns.applications ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaigns.applications FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns.applications
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
CREATE POLICY creator_own ON campaigns.applications
    USING (creator_id = campaigns.current_creator()) WITH CHECK (creator_id = campaigns.current_creator());

ALTER TABLE campaigns.application_transitions ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaigns.application_transitions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns.application_transitions
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
CREATE POLICY creator_own ON campaigns.application_transitions
    USING (creator_id = campaigns.current_creator()) WITH CHECK (creator_id = campaigns.current_creator());

ALTER TABLE campaigns.messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaigns.messages FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns.messages
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
CREATE POLICY creator_own ON campaigns.messages
    USING (creator_id = campaigns.current_creator()) WITH CHECK (creator_id = campaigns.current_creator());

-- A creator reads the campaigns of the open marketplace, and any campaign they were invited to or applied to.
CREATE POLICY creator_reads ON campaigns.campaigns FOR SELECT USING (
    campaigns.current_creator() IS NOT NULL AND (
        (state = 'published' AND visibility = 'public')
        OR id IN (SELECT campaign_id FROM campaigns.invitations WHERE creator_id = campaigns.current_creator())
        OR id IN (SELECT campaign_id FROM campaigns.applications WHERE creator_id = campaigns.current_creator())));
