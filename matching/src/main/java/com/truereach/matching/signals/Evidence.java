package com.truereach.matching.signals;

import com.truereach.matching.authenticity.AudienceCredibility;
import com.truereach.matching.authenticity.FollowerClassifier;
import com.truereach.matching.authenticity.FollowerVerdict;
import com.truereach.matching.benchmarks.BenchmarkCell;
import com.truereach.matching.metrics.CreatorMetrics;
import java.util.List;
import java.util.Objects;

/**
 * What the signals read: the creator's metrics, the benchmark of comparable creators, and the figures
 * several signals share, computed once.
 *
 * @param credibility        what the classified follower sample says about the audience
 * @param genericComments    share of sampled comments that are generic or emoji-only
 */
public record Evidence(
        CreatorMetrics creator, BenchmarkCell benchmark, AudienceCredibility credibility,
        CommentShare genericComments) {

    public Evidence {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(credibility, "credibility");
        Objects.requireNonNull(genericComments, "genericComments");
    }

    public static Evidence gather(CreatorMetrics creator, BenchmarkCell benchmark, FollowerClassifier classifier) {
        List<FollowerVerdict> sample = creator.followerSample().stream().map(classifier::verdict).toList();
        return new Evidence(creator, benchmark, AudienceCredibility.ofVerdicts(sample),
                GenericCommentLexicon.shareOfGeneric(creator.posts()));
    }

    /** Share of comments of some kind, with how many comments were read. */
    public record CommentShare(double share, int commentsRead) {
    }
}
