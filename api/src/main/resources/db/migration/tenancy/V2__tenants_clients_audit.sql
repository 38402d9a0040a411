-- Tenants, their partner clients and their audit trail.
-- Every tenant-owned table carries tenant_id and a row-level-security policy keyed on the
-- transaction setting truereach.tenant_id, a second wall behind the application's own filter.
-- FORCE applies the policy to the table owner too, which is the role the API connects as.
CREATE SCHEMA IF NOT EXISTS tenancy;

CREATE TABLE tenancy.tenants (
    id          text PRIMARY KEY,
    name        text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('brand', 'agency')),
    plan        text        NOT NULL DEFAULT 'starter' CHECK (plan IN ('starter', 'growth', 'enterprise')),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenancy.api_clients (
    id          uuid PRIMARY KEY,
    tenant_id   text        NOT NULL,
    client_id   text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    scopes      text[]      NOT NULL,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);

CREATE TABLE tenancy.audit_events (
    id          bigserial PRIMARY KEY,
    tenant_id   text        NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    target      text,
    details     jsonb       NOT NULL DEFAULT '{}',
    at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_events_tenant_idx ON tenancy.audit_events (tenant_id, id DESC);

ALTER TABLE tenancy.api_clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy.api_clients FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenancy.api_clients
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));

ALTER TABLE tenancy.audit_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenancy.audit_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenancy.audit_events
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));

-- Revocation is checked on every request, before the caller's tenant is trusted: a tenant-free
-- list of revoked client ids (nothing else) serves that lookup outside row-level security.
CREATE TABLE tenancy.revoked_clients (
    client_id   text PRIMARY KEY,
    revoked_at  timestamptz NOT NULL DEFAULT now()
);
