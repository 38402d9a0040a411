package com.truereach.matching.signals;

import java.util.Comparator;
import java.util.List;

/**
 * How far a creator's numbers can be believed, 0 to 100, with the evidence behind it.
 *
 * @param score      100 times the product of every signal's {@link SignalResult#scoreFactor()}
 * @param confidence how much of the evidence the signals could use, weighted: 1 when every signal had full
 *                   data of verified provenance
 * @param reasons    the signal results, strongest effect first
 */
public record AuthenticityScore(double score, double confidence, List<SignalResult> reasons) {

    public AuthenticityScore {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be in [0, 100], was " + score);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        reasons = List.copyOf(reasons);
    }

    static AuthenticityScore of(List<SignalResult> results) {
        double logScore = 0;
        double weightedConfidence = 0;
        double totalWeight = 0;
        for (SignalResult result : results) {
            logScore += Math.log(result.scoreFactor());
            weightedConfidence += result.weight() * result.confidence();
            totalWeight += result.weight();
        }
        List<SignalResult> sorted = results.stream()
                .sorted(Comparator.comparingDouble(SignalResult::impact).reversed().thenComparing(SignalResult::name))
                .toList();
        return new AuthenticityScore(100 * Math.exp(logScore), totalWeight == 0 ? 0 : weightedConfidence / totalWeight,
                sorted);
    }

    /** Points this result took off the score, sharing the total loss in proportion to each signal's effect. */
    public double pointsLostTo(SignalResult result) {
        double totalImpact = reasons.stream().mapToDouble(SignalResult::impact).sum();
        return totalImpact == 0 ? 0 : (100 - score) * result.impact() / totalImpact;
    }
}
