package com.truereach.matching.signals;

import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.MetricSnapshot;
import com.truereach.matching.metrics.Post;
import com.truereach.matching.metrics.PostStatistics;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;

/**
 * Follower growth between snapshots. Audiences grow smoothly or jump after a post that went viral; a
 * jump that no post explains is how bought followers arrive, and a jump followed by a loss is the
 * platform purging them.
 */
final class GrowthSignal implements Signal {

    /** A jump is at least 5% of the audience in one interval, and five times the usual pace. */
    static final double MINIMUM_SPIKE = 0.05;
    static final double SPIKE_TIMES_USUAL = 5.0;
    /** A post explains a jump if it drew five times the typical post and came out just before or during it. */
    static final double VIRAL_TIMES_TYPICAL = 5.0;
    static final int VIRAL_LEAD_DAYS = 3;
    /** Losing at least 30% of a jump afterwards is a purge, not churn. */
    static final double PURGED_SHARE_OF_SPIKE = 0.3;
    static final int INTERVALS_FOR_FULL_CONFIDENCE = 8;

    @Override
    public String name() {
        return "growth";
    }

    @Override
    public double weight() {
        return 1.2;
    }

    @Override
    public SignalResult evaluate(Evidence evidence) {
        CreatorMetrics creator = evidence.creator();
        List<MetricSnapshot> history = creator.history();
        double norm = evidence.benchmark().monthlyGrowth().median();
        int intervals = history.size() - 1;
        if (intervals < 2) {
            return new SignalResult(name(), creator.monthlyGrowthRate(), norm, weight(), 1.0, 0.0,
                    () -> "Too little follower history to judge growth.");
        }
        double confidence = Math.min(1.0, (double) intervals / INTERVALS_FOR_FULL_CONFIDENCE)
                * creator.provenance().weight();
        int spike = largestSpike(history, norm);
        if (spike < 0) {
            return new SignalResult(name(), creator.monthlyGrowthRate(), norm, weight(), 1.0, confidence,
                    () -> "Followers grew " + Phrases.percent(creator.monthlyGrowthRate())
                            + " a month, steadily, against " + Phrases.percent(norm) + " for comparable creators.");
        }
        MetricSnapshot before = history.get(spike - 1);
        MetricSnapshot after = history.get(spike);
        long gain = after.followers() - before.followers();
        double gainShare = (double) gain / Math.max(1, creator.followers());
        boolean explained = viralPostDuring(creator.posts(), before, after);
        long lowestAfter = history.subList(spike, history.size()).stream()
                .mapToLong(MetricSnapshot::followers).min().orElse(after.followers());
        long lost = after.followers() - lowestAfter;
        Supplier<String> jump = () -> "Gained " + Phrases.number(gain) + " followers between " + before.date()
                + " and " + after.date();
        if (lost >= PURGED_SHARE_OF_SPIKE * gain) {
            return new SignalResult(name(), (double) lost / gain, PURGED_SHARE_OF_SPIKE, weight(),
                    explained ? 0.5 : 0.15, confidence, () -> jump.get() + " and then lost " + Phrases.number(lost)
                    + ": the pattern of bought followers being purged by the platform.");
        }
        if (explained) {
            return new SignalResult(name(), gainShare, norm, weight(), 1.0, confidence,
                    () -> jump.get() + ", explained by a post that went viral at that time.");
        }
        return new SignalResult(name(), gainShare, norm, weight(), 1.0 - 2.5 * gainShare, confidence,
                () -> jump.get() + " (" + Phrases.percent(gainShare) + " of the audience) with no post to explain it: "
                        + "the way bought followers arrive.");
    }

    /** Index of the snapshot ending the largest jump, or -1 when growth never jumped. */
    private static int largestSpike(List<MetricSnapshot> history, double monthlyNorm) {
        double[] fractions = new double[history.size() - 1];
        for (int i = 1; i < history.size(); i++) {
            fractions[i - 1] = fraction(history.get(i - 1), history.get(i));
        }
        double usual = Math.max(0, PostStatistics.median(fractions.clone()));
        int best = -1;
        double bestFraction = 0;
        for (int i = 1; i < history.size(); i++) {
            double days = ChronoUnit.DAYS.between(history.get(i - 1).date(), history.get(i).date());
            double normal = Math.max(usual, Math.max(0, monthlyNorm) * days / 30.0);
            double threshold = Math.max(MINIMUM_SPIKE, SPIKE_TIMES_USUAL * normal);
            double fraction = fractions[i - 1];
            if (fraction > threshold && fraction > bestFraction) {
                best = i;
                bestFraction = fraction;
            }
        }
        return best;
    }

    private static double fraction(MetricSnapshot before, MetricSnapshot after) {
        return (double) (after.followers() - before.followers()) / Math.max(1, before.followers());
    }

    private static boolean viralPostDuring(List<Post> posts, MetricSnapshot before, MetricSnapshot after) {
        if (posts.isEmpty()) {
            return false;
        }
        double typical = PostStatistics.median(posts.stream().mapToDouble(GrowthSignal::reach).toArray());
        var from = before.date().minusDays(VIRAL_LEAD_DAYS).atStartOfDay().toInstant(ZoneOffset.UTC);
        var to = after.date().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return posts.stream().anyMatch(post -> !post.publishedAt().isBefore(from) && post.publishedAt().isBefore(to)
                && reach(post) >= VIRAL_TIMES_TYPICAL * Math.max(1, typical));
    }

    // Views where the platform gives them, interactions otherwise: both scale with how far a post travelled.
    private static double reach(Post post) {
        return post.views().isPresent() ? post.views().getAsLong() : post.interactions();
    }
}
