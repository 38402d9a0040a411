-- Published outbox entries are deleted after a retention period; this index finds the old ones.
CREATE INDEX outbox_published_idx ON catalog.outbox (published_at) WHERE published_at IS NOT NULL;
