package com.truereach.matching.signals;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What one signal found.
 *
 * @param value      the measured figure (an engagement rate, a ratio, a share)
 * @param benchmark  what is normal for comparable creators, in the same unit; NaN when there is no norm
 * @param weight     the signal's weight
 * @param health     1 when nothing looks wrong, down towards {@link #FLOOR} as the evidence of inflated
 *                   numbers grows
 * @param confidence how far the evidence can be trusted, in [0, 1]: data volume times provenance
 * @param sentence   writes the one sentence a brand or the creator can read and check; called only when the
 *                   sentence is shown ({@link #reason()}), since the index keeps the figures alone and every
 *                   indexed creator is scored
 */
public record SignalResult(
        String name, double value, double benchmark, double weight, double health, double confidence,
        Supplier<String> sentence) {

    /** No single signal may zero a score: each is one view of the evidence. */
    public static final double FLOOR = 0.05;

    public SignalResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sentence, "sentence");
        if (!(weight >= 0)) {
            throw new IllegalArgumentException("weight must not be negative, was " + weight);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], was " + confidence);
        }
        health = Math.max(FLOOR, Math.min(1.0, health));
    }

    /** One sentence a brand or the creator can read and check. */
    public String reason() {
        return sentence.get();
    }

    /**
     * The signal's contribution: the factor it multiplies the authenticity score by,
     * {@code health ^ (weight × confidence)}. Multiplying rather than averaging means that one strong,
     * confident finding (a purge after a spike) is not diluted by the signals that found nothing, and that
     * more confidence in a finding can only push the score further in its direction.
     */
    public double scoreFactor() {
        return Math.pow(health, weight * confidence);
    }

    /** Size of the contribution, for sorting reasons: log-points the score loses. */
    public double impact() {
        return -Math.log(scoreFactor());
    }
}
