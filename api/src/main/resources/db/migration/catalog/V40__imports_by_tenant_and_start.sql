-- A tenant's imports, newest first (GET /v1/imports), without reading every tenant's jobs.
CREATE INDEX imports_source_started_at ON catalog.imports (source, started_at DESC);
