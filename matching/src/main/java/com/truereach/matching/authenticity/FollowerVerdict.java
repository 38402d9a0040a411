package com.truereach.matching.authenticity;

/**
 * The class a follower account is counted in and how sure that is, without the sentences behind
 * it: what counting a creator's follower sample needs (writing every follower's reasons was a tenth
 * of the CPU of scoring a creator, and nobody reads them there).
 *
 * @param followerClass          the class the account is counted in
 * @param probabilityInauthentic as in {@link AccountClassification}
 * @param confidence             as in {@link AccountClassification}
 */
public record FollowerVerdict(FollowerClass followerClass, double probabilityInauthentic, double confidence) {

    public FollowerVerdict {
        java.util.Objects.requireNonNull(followerClass, "followerClass");
        requireUnitInterval("probabilityInauthentic", probabilityInauthentic);
        requireUnitInterval("confidence", confidence);
    }

    static void requireUnitInterval(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], was " + value);
        }
    }
}
