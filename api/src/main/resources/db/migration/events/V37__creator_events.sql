-- An event can concern a creator alone, with no brand's tenant: an operator's answer to the
-- creator's contest. It is written in the creator's scope (policy creator_own) and fans out to no
-- webhook (subscriptions belong to tenants).
ALTER TABLE events.events ALTER COLUMN tenant_id DROP NOT NULL;
ALTER TABLE events.events ADD CONSTRAINT events_have_an_audience CHECK (tenant_id IS NOT NULL OR creator_id IS NOT NULL);
