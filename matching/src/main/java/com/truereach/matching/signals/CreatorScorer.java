package com.truereach.matching.signals;

import com.truereach.matching.audience.OrganicReach;
import com.truereach.matching.authenticity.FollowerClassifier;
import com.truereach.matching.benchmarks.BenchmarkCell;
import com.truereach.matching.metrics.CreatorMetrics;
import java.util.List;
import java.util.Objects;

/**
 * Scores one creator: every signal on the same evidence, combined into an authenticity score, plus the
 * organic reach estimate. Stateless and thread-safe once built.
 */
public final class CreatorScorer {

    private final FollowerClassifier classifier;
    private final List<Signal> signals;

    public CreatorScorer(FollowerClassifier classifier, List<Signal> signals) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.signals = List.copyOf(signals);
    }

    /** The shipped follower model and every standard signal. */
    public static CreatorScorer standard() {
        return new CreatorScorer(FollowerClassifier.loadDefault(), standardSignals());
    }

    public static List<Signal> standardSignals() {
        return List.of(new AudienceCredibilitySignal(), new EngagementSignal(), new GrowthSignal(),
                new LikesPerCommentSignal(), new GenericCommentsSignal(), new FollowForFollowSignal(),
                new SponsoredSignal(), new ProvenanceSignal());
    }

    public CreatorScore score(CreatorMetrics creator, BenchmarkCell benchmark) {
        Evidence evidence = Evidence.gather(creator, benchmark, classifier);
        List<SignalResult> results = signals.stream().map(signal -> signal.evaluate(evidence)).toList();
        return new CreatorScore(creator.creatorId(), AuthenticityScore.of(results),
                OrganicReach.estimate(creator, benchmark, evidence.credibility()));
    }
}
