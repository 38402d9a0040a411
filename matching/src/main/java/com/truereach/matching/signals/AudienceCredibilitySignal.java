package com.truereach.matching.signals;

import com.truereach.matching.audience.OrganicReach;
import com.truereach.matching.authenticity.AudienceCredibility;
import com.truereach.matching.authenticity.FollowerClass;
import java.util.function.Supplier;

/**
 * The share of sampled followers who are credible: genuine people or creators, not bots and not mass
 * followers whose feeds are too full to see anything. The most direct evidence of bought followers.
 */
final class AudienceCredibilitySignal implements Signal {

    /**
     * Credible share of an ordinary genuine audience as the follower classifier sees it: some followers
     * are mass followers and some genuine accounts look thin. Below it, each missing point counts.
     */
    static final double NORMAL_CREDIBLE_SHARE = OrganicReach.TYPICAL_CREDIBLE_SHARE;

    @Override
    public String name() {
        return "audience credibility";
    }

    @Override
    public double weight() {
        return 1.5;
    }

    @Override
    public SignalResult evaluate(Evidence evidence) {
        AudienceCredibility credibility = evidence.credibility();
        if (!(credibility instanceof AudienceCredibility.Estimate estimate)) {
            return new SignalResult(name(), Double.NaN, NORMAL_CREDIBLE_SHARE, weight(), 1.0, 0.0,
                    () -> "No follower profiles were sampled, so audience credibility is unknown.");
        }
        double credible = estimate.credibleShare().share();
        double suspicious = estimate.shareOf(FollowerClass.SUSPICIOUS).share();
        // Sample size alone sets confidence, so adding a bot to a sample can never make a finding weaker.
        double confidence = estimate.sampleSize() / (estimate.sampleSize() + 25.0);
        Supplier<String> observed = () -> Phrases.percent(credible) + " of " + estimate.sampleSize()
                + " sampled followers look credible and " + Phrases.percent(suspicious) + " look like bots";
        if (credible >= NORMAL_CREDIBLE_SHARE) {
            return new SignalResult(name(), credible, NORMAL_CREDIBLE_SHARE, weight(), 1.0, confidence,
                    () -> observed.get() + ", as in a genuine audience.");
        }
        double health = Math.pow(credible / NORMAL_CREDIBLE_SHARE, 2);
        return new SignalResult(name(), credible, NORMAL_CREDIBLE_SHARE, weight(), health, confidence,
                () -> observed.get() + ", against about " + Phrases.percent(NORMAL_CREDIBLE_SHARE)
                        + " in a genuine audience: part of the audience looks fake or bought.");
    }
}
