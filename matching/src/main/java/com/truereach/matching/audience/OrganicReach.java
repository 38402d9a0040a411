package com.truereach.matching.audience;

import com.truereach.matching.authenticity.AudienceCredibility;
import com.truereach.matching.benchmarks.BenchmarkCell;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.Post;
import com.truereach.matching.metrics.PostStatistics;
import com.truereach.matching.metrics.Provenance;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How many real people one organic post of the creator reaches.
 *
 * <p>Where the platform reports views and the creator's connection verified them, reach is the median
 * views of organic posts (sponsored posts are left out: paid promotion buys reach the audience does not
 * give). Otherwise it is credible followers × the benchmark's reach rate, adjusted for engagement:
 * <pre>reach = followers × (credible share ÷ {@value #TYPICAL_CREDIBLE_SHARE}) × reach rate × √clamp(ER ÷ norm, ¼, 2)</pre>
 * The benchmark reach rate is views per follower of verified creators, whose followers are about
 * {@value #TYPICAL_CREDIBLE_SHARE} credible, hence the division. Feeds show engaging posts to more people,
 * hence the engagement term; its square root and bounds keep an outlier (or a pod) from dominating.
 *
 * @param people      people reached per organic post
 * @param verified    whether the figure is the platform's own, verified
 * @param sentence    writes the one sentence saying how it was obtained; called only when it is shown
 *                    ({@link #explanation()}): every indexed creator gets an estimate, and the index keeps the
 *                    figures alone
 */
public record OrganicReach(long people, boolean verified, Supplier<String> sentence) {

    /** Credible share of a typical genuine audience, as the follower classifier sees it. */
    public static final double TYPICAL_CREDIBLE_SHARE = 0.7;
    /** Without a follower sample, assume a slightly worse than typical audience rather than a perfect one. */
    static final double CREDIBLE_SHARE_WITHOUT_SAMPLE = 0.6;
    static final int MINIMUM_POSTS_WITH_VIEWS = 3;

    public OrganicReach {
        if (people < 0) {
            throw new IllegalArgumentException("reach must not be negative, was " + people);
        }
        Objects.requireNonNull(sentence, "sentence");
    }

    /** One sentence saying how the figure was obtained. */
    public String explanation() {
        return sentence.get();
    }

    public static OrganicReach estimate(CreatorMetrics creator, BenchmarkCell benchmark, AudienceCredibility credibility) {
        if (creator.provenance() == Provenance.VERIFIED) {
            double[] views = creator.posts().stream().filter(post -> !post.sponsored() && post.views().isPresent())
                    .mapToDouble(post -> post.views().getAsLong()).toArray();
            if (views.length >= MINIMUM_POSTS_WITH_VIEWS) {
                long median = Math.round(PostStatistics.median(views));
                int posts = views.length;
                return new OrganicReach(median, true, () -> String.format(Locale.ROOT,
                        "Median of %,d verified views over %d organic posts.", median, posts));
            }
        }
        double credibleShare = credibility instanceof AudienceCredibility.Estimate estimate
                ? estimate.credibleShare().share() : CREDIBLE_SHARE_WITHOUT_SAMPLE;
        double credibleFollowers = creator.followers() * Math.min(1.0, credibleShare / TYPICAL_CREDIBLE_SHARE);
        double reachRate = benchmark.reachRate().median();
        double norm = benchmark.engagementRate().median();
        double engagement = norm > 0 ? Math.sqrt(Math.max(0.25, Math.min(2.0, creator.engagementRate() / norm))) : 1.0;
        long people = Math.round(credibleFollowers * reachRate * engagement);
        return new OrganicReach(people, false, () -> String.format(Locale.ROOT,
                "Estimated: %,d credible followers × %.0f%% typical reach × %.2f for engagement (no verified views).",
                Math.round(credibleFollowers), reachRate * 100, engagement));
    }

}
