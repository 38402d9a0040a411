package com.truereach.matching.benchmarks;

/**
 * Follower-count tiers, as the industry names them. Engagement falls as audiences grow, so creators
 * are only compared with creators of their own tier.
 */
public enum FollowerTier {
    /** Fewer than 10,000 followers. */
    NANO(0, 10_000),
    /** 10,000 to 99,999. */
    MICRO(10_000, 100_000),
    /** 100,000 to 499,999. */
    MID(100_000, 500_000),
    /** 500,000 to 999,999. */
    MACRO(500_000, 1_000_000),
    /** 1,000,000 and more. */
    MEGA(1_000_000, Long.MAX_VALUE);

    private final long lowerInclusive;
    private final long upperExclusive;

    FollowerTier(long lowerInclusive, long upperExclusive) {
        this.lowerInclusive = lowerInclusive;
        this.upperExclusive = upperExclusive;
    }

    public static FollowerTier of(long followers) {
        for (FollowerTier tier : values()) {
            if (followers >= tier.lowerInclusive && followers < tier.upperExclusive) {
                return tier;
            }
        }
        throw new IllegalArgumentException("followers must not be negative, was " + followers);
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
