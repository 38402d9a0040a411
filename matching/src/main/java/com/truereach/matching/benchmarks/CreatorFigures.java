package com.truereach.matching.benchmarks;

import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.PostStatistics;
import com.truereach.matching.metrics.Provenance;

/** The four figures one creator contributes to a benchmark; NaN where the creator has no value. */
record CreatorFigures(double engagementRate, double monthlyGrowth, double likesPerComment, double reachRate) {

    static CreatorFigures of(CreatorMetrics creator) {
        return new CreatorFigures(creator.engagementRate(), creator.monthlyGrowthRate(), creator.likesPerComment(),
                verifiedReachRate(creator));
    }

    /**
     * Median views per post per follower, only from verified counters: a reach norm built on estimates
     * would turn the estimates' errors into everybody's benchmark.
     */
    static double verifiedReachRate(CreatorMetrics creator) {
        if (creator.provenance() != Provenance.VERIFIED || creator.followers() == 0) {
            return Double.NaN;
        }
        double[] views = creator.posts().stream().filter(post -> post.views().isPresent())
                .mapToDouble(post -> post.views().getAsLong()).toArray();
        return views.length == 0 ? Double.NaN : PostStatistics.median(views) / creator.followers();
    }
}
