-- Every change of state in the marketplace is an event, written in the transaction that made the
-- change. Events feed people's notifications and the webhooks partners subscribe to.
CREATE SCHEMA IF NOT EXISTS events;

CREATE TABLE events.events (
    seq              bigserial PRIMARY KEY,
    id               uuid        NOT NULL UNIQUE,
    tenant_id        text        NOT NULL,
    -- The creator the event concerns, when the creator should see it too.
    creator_id       uuid,
    type             text        NOT NULL,
    data             jsonb       NOT NULL,
    occurred_at      timestamptz NOT NULL DEFAULT now(),
    fanned_out       boolean     NOT NULL DEFAULT false
);
CREATE INDEX events_tenant_idx ON events.events (tenant_id, seq);
CREATE INDEX events_creator_idx ON events.events (creator_id, seq) WHERE creator_id IS NOT NULL;
CREATE INDEX events_to_fan_out_idx ON events.events (seq) WHERE NOT fanned_out;

-- How far each person has read their notifications.
CREATE TABLE events.notification_reads (
    recipient   text        PRIMARY KEY,
    seen_up_to  bigint      NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE SCHEMA IF NOT EXISTS webhooks;

CREATE TABLE webhooks.subscriptions (
    id           uuid PRIMARY KEY,
    tenant_id    text        NOT NULL,
    url          text        NOT NULL CHECK (length(url) <= 2000),
    event_types  text[]      NOT NULL,
    secret       text        NOT NULL,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    deleted_at   timestamptz
);
CREATE INDEX subscriptions_tenant_idx ON webhooks.subscriptions (tenant_id) WHERE deleted_at IS NULL;

CREATE TABLE webhooks.deliveries (
    id               uuid PRIMARY KEY,
    tenant_id        text        NOT NULL,
    subscription_id  uuid        NOT NULL REFERENCES webhooks.subscriptions (id),
    event_id         uuid        NOT NULL REFERENCES events.events (id),
    state            text        NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
    attempts         int         NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    last_status      int,
    last_error       text,
    delivered_at     timestamptz,
    replay_of        uuid,
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX deliveries_due_idx ON webhooks.deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX deliveries_subscription_idx ON webhooks.deliveries (subscription_id, created_at DESC);

-- Tenants see their own rows; a creator sees events about them; the delivery worker
-- (truereach.worker = 'webhooks') works across tenants and is the only code that sets that value.
ALTER TABLE events.events ENABLE ROW LEVEL SECURITY;
ALTER TABLE events.events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON events.events
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
CREATE POLICY creator_own ON events.events
    USING (creator_id = campaigns.current_creator()) WITH CHECK (creator_id = campaigns.current_creator());
CREATE POLICY webhook_worker ON events.events
    USING (current_setting('truereach.worker', true) = 'webhooks');

ALTER TABLE webhooks.subscriptions ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhooks.subscriptions FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhooks.subscriptions
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
CREATE POLICY webhook_worker ON webhooks.subscriptions FOR SELECT
    USING (current_setting('truereach.worker', true) = 'webhooks');

ALTER TABLE webhooks.deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE webhooks.deliveries FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON webhooks.deliveries
    USING (tenant_id = current_setting('truereach.tenant_id', true))
    WITH CHECK (tenant_id = current_setting('truereach.tenant_id', true));
CREATE POLICY webhook_worker ON webhooks.deliveries
    USING (current_setting('truereach.worker', true) = 'webhooks');
