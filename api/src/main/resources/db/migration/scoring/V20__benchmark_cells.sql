-- Benchmarks computed from the catalogue: one run per computation, one row per platform, country
-- and follower tier that the run saw. Benchmarks describe the market, not a tenant: no tenant_id
-- and no row-level security (every score any tenant sees rests on the same benchmarks).
CREATE SCHEMA IF NOT EXISTS scoring;

CREATE TABLE scoring.benchmark_runs (
    id                bigserial PRIMARY KEY,
    computed_at       timestamptz NOT NULL,
    creators_sampled  integer     NOT NULL CHECK (creators_sampled >= 0),
    sample_limit      integer     NOT NULL CHECK (sample_limit > 0),
    minimum_creators  integer     NOT NULL CHECK (minimum_creators > 0)
);

CREATE TABLE scoring.benchmark_cells (
    run_id         bigint      NOT NULL REFERENCES scoring.benchmark_runs (id) ON DELETE CASCADE,
    platform       text        NOT NULL CHECK (platform IN ('instagram', 'tiktok', 'youtube')),
    country        text        NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    tier           text        NOT NULL CHECK (tier IN ('nano', 'micro', 'mid', 'macro', 'mega')),
    creator_count  integer     NOT NULL CHECK (creator_count >= 0),
    -- own_cell, same_country_adjacent_tiers, same_tier_same_region, global_tier or built_in_norms
    source         text        NOT NULL,
    explanation    text        NOT NULL,
    -- {"engagementRate": {"median", "mad", "lowerQuartile", "upperQuartile", "count"}, "monthlyGrowth": ...,
    --  "likesPerComment": ..., "reachRate": ...}; unknown figures are null
    stats          jsonb       NOT NULL,
    computed_at    timestamptz NOT NULL,
    PRIMARY KEY (run_id, platform, country, tier)
);
