package com.truereach.matching.authenticity;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a sample of classified followers says about a creator's whole audience.
 *
 * <p>Either an {@link Estimate} or, for an empty sample, {@link NoEvidence}: a creator without a sample
 * must not look like a creator with zero credible followers.
 */
public sealed interface AudienceCredibility {

    static AudienceCredibility of(Collection<AccountClassification> sample) {
        Objects.requireNonNull(sample, "sample");
        return ofVerdicts(sample.stream().map(account -> {
            Objects.requireNonNull(account, "sample holds a null classification");
            return new FollowerVerdict(account.followerClass(), account.probabilityInauthentic(), account.confidence());
        }).toList());
    }

    static AudienceCredibility ofVerdicts(Collection<FollowerVerdict> sample) {
        Objects.requireNonNull(sample, "sample");
        if (sample.isEmpty()) {
            return new NoEvidence();
        }
        int n = sample.size();
        Map<FollowerClass, Integer> counts = new EnumMap<>(FollowerClass.class);
        double expectedCredible = 0;
        for (FollowerVerdict account : sample) {
            Objects.requireNonNull(account, "sample holds a null verdict");
            counts.merge(account.followerClass(), 1, Integer::sum);
            if (account.followerClass() != FollowerClass.MASS_FOLLOWER) {
                expectedCredible += 1.0 - account.probabilityInauthentic();
            }
        }
        Map<FollowerClass, ShareEstimate> shares = new EnumMap<>(FollowerClass.class);
        for (FollowerClass followerClass : FollowerClass.values()) {
            shares.put(followerClass, ShareEstimate.wilson(counts.getOrDefault(followerClass, 0), n));
        }
        return new Estimate(n, shares, ShareEstimate.wilson(Math.min(expectedCredible, n), n));
    }

    int sampleSize();

    /** No follower was sampled: nothing can be said, and nothing is claimed. */
    record NoEvidence() implements AudienceCredibility {

        @Override
        public int sampleSize() {
            return 0;
        }

        public String explanation() {
            return "no follower profiles were sampled, so audience credibility is unknown";
        }
    }

    /**
     * Shares of the audience, each with a 95% interval.
     *
     * @param classShares   share of sampled followers in each class. The threshold behind
     *                      {@link FollowerClass#SUSPICIOUS} is set to spare genuine accounts, so this
     *                      share is a conservative floor on fakes, not an estimate of them.
     * @param credibleShare expected share of followers that are genuine and not mass followers: the sum
     *                      of each account's probability of being genuine, which, unlike the suspicious
     *                      count, also accounts for the fakes that stay below the threshold
     */
    record Estimate(int sampleSize, Map<FollowerClass, ShareEstimate> classShares, ShareEstimate credibleShare)
            implements AudienceCredibility {

        public Estimate {
            if (sampleSize <= 0) {
                throw new IllegalArgumentException("an estimate needs a sample, size was " + sampleSize);
            }
            classShares = Map.copyOf(classShares);
            if (classShares.size() != FollowerClass.values().length) {
                throw new IllegalArgumentException("need a share for every follower class");
            }
            Objects.requireNonNull(credibleShare, "credibleShare");
        }

        public ShareEstimate shareOf(FollowerClass followerClass) {
            return classShares.get(followerClass);
        }
    }
}
