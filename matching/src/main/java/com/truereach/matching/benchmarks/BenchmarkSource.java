package com.truereach.matching.benchmarks;

/** Which creators a benchmark cell was computed from, from most to least specific. */
public enum BenchmarkSource {
    /** Creators of the same platform, country and tier. */
    OWN_CELL,
    /** The same platform and country, this tier and the adjacent ones. */
    SAME_COUNTRY_ADJACENT_TIERS,
    /** The same platform and tier, every country of the same region. */
    SAME_TIER_SAME_REGION,
    /** The same platform and tier, every country. */
    GLOBAL_TIER,
    /** Too few creators anywhere: published industry norms, built in. */
    BUILT_IN_NORMS
}
