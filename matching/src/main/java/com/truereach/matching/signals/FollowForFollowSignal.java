package com.truereach.matching.signals;

import com.truereach.matching.metrics.MetricSnapshot;
import java.util.function.Supplier;

/**
 * Accounts followed per follower. An audience built by following others and being followed back
 * ("follow for follow") is an audience of people who came for the follow-back, not the content.
 */
final class FollowForFollowSignal implements Signal {

    static final double NORMAL_RATIO = 0.5;
    /** Below this many followers, following many accounts is ordinary for a personal account. */
    static final long SMALL_ACCOUNT = 1_000;

    @Override
    public String name() {
        return "follow-for-follow";
    }

    @Override
    public double weight() {
        return 0.5;
    }

    @Override
    public SignalResult evaluate(Evidence evidence) {
        MetricSnapshot latest = evidence.creator().latest();
        double ratio = (double) latest.following() / Math.max(1, latest.followers());
        double confidence = evidence.creator().provenance().weight() * (latest.followers() < SMALL_ACCOUNT ? 0.5 : 1.0);
        Supplier<String> observed = () -> "Follows " + Phrases.number(latest.following()) + " accounts for "
                + Phrases.number(latest.followers()) + " followers";
        if (ratio <= NORMAL_RATIO) {
            return new SignalResult(name(), ratio, NORMAL_RATIO, weight(), 1.0, confidence,
                    () -> observed.get() + ": the audience did not come from following back.");
        }
        return new SignalResult(name(), ratio, NORMAL_RATIO, weight(), Math.max(0.2, 1.0 - 0.5 * (ratio - NORMAL_RATIO)),
                confidence, () -> observed.get() + ": much of the audience may have come from follow-for-follow.");
    }
}
