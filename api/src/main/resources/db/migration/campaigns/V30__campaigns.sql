-- Campaigns: a tenant's briefs published to creators, and every change of state with who and when.
CREATE SCHEMA IF NOT EXISTS campaigns;

CREATE TABLE campaigns.campaigns (
    id                uuid PRIMARY KEY,
    tenant_id         text        NOT NULL,
    title             text        NOT NULL,
    description       text        NOT NULL DEFAULT '',
    niches            text[]      NOT NULL,
    target_countries  text[]      NOT NULL,
    languages         text[]      NOT NULL DEFAULT '{}',
    age_bands         text[]      NOT NULL DEFAULT '{}',
    platforms         text[]      NOT NULL,
    deliverables      jsonb       NOT NULL,
    budget_minor      bigint      NOT NULL CHECK (budget_minor > 0),
    currency          char(3)     NOT NULL,
    rate_min_minor    bigint      NOT NULL CHECK (rate_min_minor > 0),
    rate_max_minor    bigint      NOT NULL CHECK (rate_max_minor >= rate_min_minor),
    starts_on         date        NOT NULL,
    ends_on           date        NOT NULL CHECK (ends_on >= starts_on),
    usage_rights      text        NOT NULL DEFAULT '',
    visibility        text        NOT NULL CHECK (visibility IN ('public', 'invitation_only')),
    state             text        NOT NULL CHECK (state IN ('draft', 'published', 'closed', 'cancelled')),
    version           bigint      NOT NULL DEFAULT 1,
    created_by        text        NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX campaigns_tenant_idx ON campaigns.campaigns (tenant_id, created_at DESC);

CREATE TABLE campaigns.transitions (
    id           bigserial PRIMARY KEY,
    tenant_id    text        NOT NULL,
    campaign_id  uuid        NOT NULL REFERENCES campaigns.campaigns (id),
    from_state   text,
    to_state     text        NOT NULL,
    actor        text        NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE campaigns.campaigns ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaigns.campaigns FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns.campaigns
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
ALTER TABLE campaigns.transitions ENABLE ROW LEVEL SECURITY;
ALTER TABLE campaigns.transitions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaigns.transitions
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
