package com.truereach.matching.benchmarks;

import java.util.Arrays;

/**
 * The centre and spread of a metric over a group of creators, robust to the few extreme accounts every
 * group holds (fraud among them): median, median absolute deviation and quartiles.
 *
 * @param count values the figures rest on; 0 when unknown, and then every figure is NaN
 */
public record RobustSpread(double median, double mad, double lowerQuartile, double upperQuartile, int count) {

    static final RobustSpread UNKNOWN = new RobustSpread(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);

    /** Figures of the finite values; NaN values (metric unknown for that creator) are skipped. */
    static RobustSpread of(double[] values) {
        double[] known = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (known.length == 0) {
            return UNKNOWN;
        }
        double median = quantile(known, 0.5);
        double[] deviations = Arrays.stream(known).map(v -> Math.abs(v - median)).sorted().toArray();
        return new RobustSpread(median, quantile(deviations, 0.5), quantile(known, 0.25), quantile(known, 0.75),
                known.length);
    }

    /** A figure from outside the data, such as a published industry norm. */
    static RobustSpread assumed(double median, double lowerQuartile, double upperQuartile) {
        return new RobustSpread(median, (upperQuartile - lowerQuartile) / 2, lowerQuartile, upperQuartile, 0);
    }

    public double interquartileRange() {
        return upperQuartile - lowerQuartile;
    }

    public boolean isKnown() {
        return !Double.isNaN(median);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
