package com.truereach.matching.authenticity;

import java.util.Arrays;

/** The four kinds of follower the audience-credibility signal counts, in the taxonomy the field uses. */
public enum FollowerClass {
    /** A person's ordinary account: counts towards a credible audience. */
    REAL("real"),
    /** A real account that follows so many others that it rarely sees any one creator's posts. */
    MASS_FOLLOWER("mass_follower"),
    /** Looks like a bot or a bought follower: the model's probability reached the decision threshold. */
    SUSPICIOUS("suspicious"),
    /** An account with a large audience of its own: credible, and worth showing separately. */
    INFLUENCER("influencer");

    private final String wireName;

    FollowerClass(String wireName) {
        this.wireName = wireName;
    }

    /** Stable lower-case name for APIs and stored data; never changes when the constant is renamed. */
    public String wireName() {
        return wireName;
    }

    public static FollowerClass fromWireName(String wireName) {
        return Arrays.stream(values())
                .filter(value -> value.wireName.equals(wireName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown follower class: " + wireName));
    }

    /** Real people and influencers make up the credible part of an audience. */
    public boolean isCredible() {
        return this == REAL || this == INFLUENCER;
    }
}
