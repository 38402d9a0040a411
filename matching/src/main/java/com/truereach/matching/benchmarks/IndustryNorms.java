package com.truereach.matching.benchmarks;

import com.truereach.matching.metrics.Platform;

/**
 * Fallback figures for when not even the whole world holds enough creators of a tier: round numbers in
 * the range that public industry reports give (engagement falling with audience size, TikTok highest).
 * They only keep scores defined on an empty or tiny catalogue; a real catalogue replaces them.
 */
final class IndustryNorms {

    private static final double[][] ENGAGEMENT = {
            {0.040, 0.025, 0.015, 0.012, 0.010}, // Instagram: nano .. mega
            {0.080, 0.060, 0.050, 0.045, 0.040}, // TikTok
            {0.040, 0.030, 0.025, 0.020, 0.018}, // YouTube
    };
    private static final double[] LIKES_PER_COMMENT = {50, 80, 40};
    private static final double[] REACH_RATE = {0.25, 0.40, 0.30};
    private static final double MONTHLY_GROWTH = 0.02;

    private IndustryNorms() {
    }

    static RobustSpread engagementRate(Platform platform, FollowerTier tier) {
        double median = ENGAGEMENT[platform.ordinal()][tier.ordinal()];
        return RobustSpread.assumed(median, median * 0.6, median * 1.6);
    }

    static RobustSpread likesPerComment(Platform platform) {
        double median = LIKES_PER_COMMENT[platform.ordinal()];
        return RobustSpread.assumed(median, median * 0.6, median * 1.6);
    }

    static RobustSpread reachRate(Platform platform) {
        double median = REACH_RATE[platform.ordinal()];
        return RobustSpread.assumed(median, median * 0.6, median * 1.6);
    }

    static RobustSpread monthlyGrowth() {
        return RobustSpread.assumed(MONTHLY_GROWTH, 0.005, 0.04);
    }
}
