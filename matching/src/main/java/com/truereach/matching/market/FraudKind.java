package com.truereach.matching.market;

/** How a generated creator inflates their numbers, if at all: hidden from the engine, known to evaluation. */
public enum FraudKind {
    NONE,
    /** Bought followers: bots arrive in a jump, never engage, and fill the follower sample. */
    BOUGHT_FOLLOWERS,
    /** An engagement pod: members like and paste generic comments on each other's posts; the audience is real. */
    ENGAGEMENT_POD,
    /** Followers bought in a jump, then mostly removed by a platform purge. */
    SPIKE_THEN_PURGE
}
