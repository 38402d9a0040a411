package com.truereach.matching.authenticity;

/**
 * A share of an audience estimated from a sample, with a 95% interval that narrows as the sample grows.
 *
 * @param share      point estimate in [0, 1]
 * @param lower      lower end of the 95% Wilson score interval
 * @param upper      upper end of the 95% Wilson score interval
 * @param sampleSize accounts the estimate rests on
 */
public record ShareEstimate(double share, double lower, double upper, int sampleSize) {

    /** Two-sided 95%: the usual level for a figure a brand may act on. */
    static final double Z_95 = 1.959963984540054;

    public ShareEstimate {
        if (sampleSize <= 0) {
            throw new IllegalArgumentException("a share needs at least one account, sample size was " + sampleSize);
        }
        if (!(0 <= lower && lower <= share && share <= upper && upper <= 1)) {
            throw new IllegalArgumentException(
                    "need 0 <= lower <= share <= upper <= 1, was " + lower + ", " + share + ", " + upper);
        }
    }

    /**
     * Wilson score interval: unlike the textbook normal interval it stays inside [0, 1] and behaves for
     * shares near 0 or 1 and small samples, which is exactly where follower samples live.
     * {@code successes} may be fractional when it is a sum of probabilities.
     */
    static ShareEstimate wilson(double successes, int sampleSize) {
        if (sampleSize <= 0) {
            throw new IllegalArgumentException("sample size must be positive, was " + sampleSize);
        }
        if (!(successes >= 0 && successes <= sampleSize)) {
            throw new IllegalArgumentException("successes must be in [0, " + sampleSize + "], was " + successes);
        }
        double n = sampleSize;
        double p = successes / n;
        double z2 = Z_95 * Z_95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double halfWidth = Z_95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = Math.max(0.0, Math.min(p, centre - halfWidth));
        double upper = Math.min(1.0, Math.max(p, centre + halfWidth));
        return new ShareEstimate(p, lower, upper, sampleSize);
    }

    /** Width of the interval: how much the estimate may still move. */
    public double width() {
        return upper - lower;
    }
}
