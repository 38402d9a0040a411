package com.truereach.matching.signals;

import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.Post;
import com.truereach.matching.metrics.PostStatistics;
import java.util.List;

/**
 * Sponsored posts: their share of the feed and their engagement against organic posts. A feed that is
 * mostly advertising wears its audience out; sponsored posts that draw far more than organic ones were
 * usually boosted with paid promotion, which buys reach the creator's own audience does not give.
 */
final class SponsoredSignal implements Signal {

    static final double NORMAL_SPONSORED_SHARE = 0.3;
    static final double BOOSTED_RATIO = 2.0;
    static final int POSTS_FOR_FULL_CONFIDENCE = 10;

    @Override
    public String name() {
        return "sponsored content";
    }

    @Override
    public double weight() {
        return 0.4;
    }

    @Override
    public SignalResult evaluate(Evidence evidence) {
        CreatorMetrics creator = evidence.creator();
        List<Post> posts = creator.posts();
        if (posts.isEmpty()) {
            return new SignalResult(name(), 0, NORMAL_SPONSORED_SHARE, weight(), 1.0, 0.0, () -> "No recent posts to read.");
        }
        List<Post> sponsored = posts.stream().filter(Post::sponsored).toList();
        double share = (double) sponsored.size() / posts.size();
        double confidence = Math.min(1.0, (double) posts.size() / POSTS_FOR_FULL_CONFIDENCE)
                * creator.provenance().weight();
        double organicRate = creator.engagementRate();
        double sponsoredRate = sponsored.isEmpty() ? 0 : medianRate(sponsored, creator.followers());
        double ratio = organicRate > 0 ? sponsoredRate / organicRate : 0;
        boolean tooMany = share > NORMAL_SPONSORED_SHARE;
        boolean boosted = ratio > BOOSTED_RATIO;
        boolean anySponsored = !sponsored.isEmpty();
        double health = (tooMany ? 1.0 - (share - NORMAL_SPONSORED_SHARE) : 1.0) * (boosted ? 0.8 : 1.0);
        return new SignalResult(name(), share, NORMAL_SPONSORED_SHARE, weight(), health, confidence, () -> {
            StringBuilder reason = new StringBuilder(Phrases.percent(share)).append(" of recent posts are sponsored");
            if (tooMany) {
                reason.append(", more than the ").append(Phrases.percent(NORMAL_SPONSORED_SHARE))
                        .append(" an audience tolerates well");
            }
            if (boosted) {
                reason.append(", and they draw ").append(Phrases.number(ratio))
                        .append(" times the engagement of organic posts, as paid boosting does");
            } else if (anySponsored) {
                reason.append(", and they engage about as organic posts do");
            }
            return reason.append('.').toString();
        });
    }

    private static double medianRate(List<Post> posts, long followers) {
        return PostStatistics.median(posts.stream()
                .mapToDouble(post -> (double) post.interactions() / Math.max(1, followers)).toArray());
    }
}
