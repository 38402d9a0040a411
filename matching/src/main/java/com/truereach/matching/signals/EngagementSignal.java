package com.truereach.matching.signals;

import com.truereach.matching.metrics.CreatorMetrics;
import java.util.function.Supplier;

/**
 * Engagement against the benchmark of comparable creators. Far below the norm, most followers do not
 * see or care: inactive or bought accounts. Far above it with mostly generic comments, the interactions
 * come from a pod or were bought; far above it with specific comments, the creator is simply good.
 */
final class EngagementSignal implements Signal {

    static final double LOW_RATIO = 0.5;
    static final double HIGH_RATIO = 3.0;
    static final double POD_GENERIC_SHARE = 0.5;
    /** Ten organic posts give a stable median. */
    static final int POSTS_FOR_FULL_CONFIDENCE = 10;

    @Override
    public String name() {
        return "engagement";
    }

    @Override
    public double weight() {
        return 1.0;
    }

    @Override
    public SignalResult evaluate(Evidence evidence) {
        CreatorMetrics creator = evidence.creator();
        double norm = evidence.benchmark().engagementRate().median();
        long organicPosts = creator.posts().stream().filter(post -> !post.sponsored()).count();
        double rate = creator.engagementRate();
        if (organicPosts == 0 || !(norm > 0)) {
            return new SignalResult(name(), rate, norm, weight(), 1.0, 0.0,
                    () -> "There are no recent organic posts to judge engagement by.");
        }
        double confidence = Math.min(1.0, (double) organicPosts / POSTS_FOR_FULL_CONFIDENCE)
                * creator.provenance().weight();
        double ratio = rate / norm;
        Supplier<String> comparison = () -> "Engagement of " + Phrases.percent(rate) + " against "
                + Phrases.percent(norm) + " for comparable creators";
        double generic = evidence.genericComments().share();
        if (ratio < LOW_RATIO) {
            return new SignalResult(name(), rate, norm, weight(), Math.pow(ratio / LOW_RATIO, 1.5), confidence,
                    () -> comparison.get() + " is far too low: many followers look inactive or bought.");
        }
        if (ratio > HIGH_RATIO && generic >= POD_GENERIC_SHARE) {
            double health = 0.4 - 0.4 * (generic - POD_GENERIC_SHARE);
            return new SignalResult(name(), rate, norm, weight(), health, confidence, () -> comparison.get() + " is "
                    + Phrases.number(ratio) + " times the norm while " + Phrases.percent(generic)
                    + " of comments are generic: typical of an engagement pod or bought engagement.");
        }
        if (ratio > HIGH_RATIO) {
            return new SignalResult(name(), rate, norm, weight(), 0.9, confidence, () -> comparison.get()
                    + " is unusually high, but the comments are specific to the posts.");
        }
        return new SignalResult(name(), rate, norm, weight(), 1.0, confidence,
                () -> comparison.get() + " is within the normal range.");
    }
}
