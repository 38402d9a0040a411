package com.truereach.matching.evaluation;

import java.util.Arrays;
import java.util.List;

/** Normalised discounted cumulative gain with linear gains: how close an order is to the ideal one. */
final class Ndcg {

    private Ndcg() {
    }

    /** {@code gains} in the evaluated order; the ideal order is the same gains sorted descending. */
    static double at(int k, List<Double> gains) {
        double[] ideal = gains.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        reverse(ideal);
        double best = dcg(k, ideal);
        return best == 0 ? 0 : dcg(k, gains.stream().mapToDouble(Double::doubleValue).toArray()) / best;
    }

    private static double dcg(int k, double[] gains) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, gains.length); i++) {
            sum += gains[i] / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    private static void reverse(double[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            double t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
