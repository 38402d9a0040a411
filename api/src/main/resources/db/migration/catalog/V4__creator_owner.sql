-- A creator who signed up owns their profile: the identity provider's subject of their account.
ALTER TABLE catalog.creators ADD COLUMN owner_subject text;
CREATE UNIQUE INDEX creators_owner_subject_key ON catalog.creators (owner_subject) WHERE owner_subject IS NOT NULL;
