package com.truereach.matching.benchmarks;

import com.truereach.matching.metrics.Platform;
import java.util.Objects;

/**
 * What is normal for creators of one platform, country and follower tier.
 *
 * @param creatorCount    creators the figures rest on (after any borrowing)
 * @param engagementRate  median interactions per follower on organic posts
 * @param monthlyGrowth   compound monthly follower growth
 * @param likesPerComment likes per comment
 * @param reachRate       views per post per follower, from creators whose views are verified
 * @param source          where the figures came from: the cell itself or a neighbour it borrowed from
 * @param explanation     one sentence saying which creators the figures describe
 */
public record BenchmarkCell(
        Platform platform,
        String country,
        FollowerTier tier,
        int creatorCount,
        RobustSpread engagementRate,
        RobustSpread monthlyGrowth,
        RobustSpread likesPerComment,
        RobustSpread reachRate,
        BenchmarkSource source,
        String explanation) {

    public BenchmarkCell {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(engagementRate, "engagementRate");
        Objects.requireNonNull(monthlyGrowth, "monthlyGrowth");
        Objects.requireNonNull(likesPerComment, "likesPerComment");
        Objects.requireNonNull(reachRate, "reachRate");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean isBorrowed() {
        return source != BenchmarkSource.OWN_CELL;
    }
}
