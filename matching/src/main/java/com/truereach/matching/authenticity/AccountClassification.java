package com.truereach.matching.authenticity;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on one follower account, with what it rests on.
 *
 * @param followerClass          the class the account is counted in
 * @param probabilityInauthentic calibrated probability that the account is fake or bought, for an
 *                               audience in which about one follower in ten is (see the model resource)
 * @param confidence             share of the model's usual evidence that this profile provided, in [0, 1]:
 *                               1 when every field was known, lower for each missing field, by how much
 *                               that field usually moves the score
 * @param reasons                short sentences a person can check, strongest first
 */
public record AccountClassification(
        FollowerClass followerClass,
        double probabilityInauthentic,
        double confidence,
        List<String> reasons) {

    public AccountClassification {
        new FollowerVerdict(followerClass, probabilityInauthentic, confidence); // the same checks
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    }
}
