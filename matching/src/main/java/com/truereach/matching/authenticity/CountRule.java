package com.truereach.matching.authenticity;

import java.util.Locale;
import java.util.Optional;

/**
 * Rules on the three counts that sort accounts the model did not find suspicious into influencers and
 * mass followers. They describe how an account behaves, not whether it is fake, so they are plain
 * thresholds a person can check rather than something learned; tried in declaration order.
 */
enum CountRule {
    /**
     * Follows more than {@link #MASS_FOLLOWING_MINIMUM} accounts and at least
     * {@link #MASS_FOLLOWING_PER_FOLLOWER} times as many as follow it: its feed is too crowded for any one
     * creator's posts to be seen, so it adds little real reach.
     */
    MASS_FOLLOWER(FollowerClass.MASS_FOLLOWER) {
        @Override
        boolean matches(AccountProfile profile) {
            return profile.followingCount() > MASS_FOLLOWING_MINIMUM
                    && profile.followingCount() >= MASS_FOLLOWING_PER_FOLLOWER * Math.max(profile.followersCount(), 1);
        }

        @Override
        String reason(AccountProfile profile) {
            return String.format(Locale.ROOT,
                    "follows %,d accounts, more than %,d and at least %.0f times its %,d followers: a mass follower",
                    profile.followingCount(), MASS_FOLLOWING_MINIMUM, MASS_FOLLOWING_PER_FOLLOWER,
                    profile.followersCount());
        }
    },
    /**
     * At least {@link #INFLUENCER_FOLLOWERS_MINIMUM} followers and at least
     * {@link #INFLUENCER_FOLLOWERS_PER_FOLLOWING} times as many followers as accounts followed: an
     * audience of its own, not one built by following back.
     */
    INFLUENCER(FollowerClass.INFLUENCER) {
        @Override
        boolean matches(AccountProfile profile) {
            return profile.followersCount() >= INFLUENCER_FOLLOWERS_MINIMUM
                    && profile.followersCount() >= INFLUENCER_FOLLOWERS_PER_FOLLOWING * Math.max(profile.followingCount(), 1);
        }

        @Override
        String reason(AccountProfile profile) {
            return String.format(Locale.ROOT,
                    "has %,d followers, at least %,d and %.0f times the %,d accounts it follows: an influencer",
                    profile.followersCount(), INFLUENCER_FOLLOWERS_MINIMUM, INFLUENCER_FOLLOWERS_PER_FOLLOWING,
                    profile.followingCount());
        }
    };

    /** Above this many accounts followed, a feed is a stream no one reads in full. */
    static final long MASS_FOLLOWING_MINIMUM = 1_500;
    /** Following this many times one's own followers marks following as the account's main activity. */
    static final double MASS_FOLLOWING_PER_FOLLOWER = 3.0;
    /** The usual lower bound of a micro-influencer. */
    static final long INFLUENCER_FOLLOWERS_MINIMUM = 10_000;
    /** Far more followers than followings: the audience did not come from follow-for-follow. */
    static final double INFLUENCER_FOLLOWERS_PER_FOLLOWING = 10.0;

    private final FollowerClass followerClass;

    CountRule(FollowerClass followerClass) {
        this.followerClass = followerClass;
    }

    FollowerClass followerClass() {
        return followerClass;
    }

    abstract boolean matches(AccountProfile profile);

    abstract String reason(AccountProfile profile);

    static Optional<CountRule> firstMatching(AccountProfile profile) {
        for (CountRule rule : values()) {
            if (rule.matches(profile)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
