package com.truereach.matching.authenticity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gradient boosting of one-split trees (stumps) on the logistic loss, with Newton leaf values and an L2
 * penalty. Stumps on one input add up to a step function of that input, so the result is an additive
 * model each of whose parts can be read and explained on its own.
 *
 * <p>Unknown values: every stump is centred on the accounts where its input is known, and an account
 * whose input is unknown gets the centre, that is the average effect. Training and classifying treat a
 * gap the same way, so a profile with only its counts is scored as the training accounts would be.
 */
final class StumpBoosting {

    /**
     * @param rounds         number of stumps
     * @param learningRate   shrinkage of each stump: small steps generalise better on small data
     * @param l2             penalty on leaf values, in units of (normalised) sample weight
     * @param minLeafHessian smallest curvature a leaf may rest on: keeps a stump from isolating a handful
     * @param maxCuts        candidate split points per input, at quantiles of its known values
     */
    record Settings(int rounds, double learningRate, double l2, double minLeafHessian, int maxCuts) {
        static final Settings DEFAULT = new Settings(300, 0.05, 1.0, 2.0, 32);
    }

    /** The learned additive score: {@code base} plus one centred shape per input. */
    record AdditiveScore(double base, List<FeatureShape> shapes) {
    }

    private final Settings settings;

    StumpBoosting(Settings settings) {
        this.settings = settings;
    }

    /** Fits the score; {@code weights} are normalised here to sum to the number of accounts. */
    AdditiveScore fit(List<Feature> features, double[][] x, boolean[] fake, double[] weights) {
        int n = x.length;
        int d = features.size();
        double[] w = normalised(weights);
        double[][] cuts = new double[d][];
        int[][] bins = new int[d][n];
        for (int j = 0; j < d; j++) {
            cuts[j] = candidateCuts(column(x, j), settings.maxCuts());
            for (int i = 0; i < n; i++) {
                bins[j][i] = AccountFeatures.isMissing(x[i][j]) ? -1 : bin(cuts[j], x[i][j]);
            }
        }
        double[][] stepValues = new double[d][];
        for (int j = 0; j < d; j++) {
            stepValues[j] = new double[cuts[j].length + 1];
        }
        double positive = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            positive += fake[i] ? w[i] : 0;
            total += w[i];
        }
        double base = Math.log(positive / (total - positive));
        double[] score = new double[n];
        Arrays.fill(score, base);
        double[] g = new double[n];
        double[] h = new double[n];
        for (int round = 0; round < settings.rounds(); round++) {
            for (int i = 0; i < n; i++) {
                double p = 1.0 / (1.0 + Math.exp(-score[i]));
                g[i] = w[i] * (p - (fake[i] ? 1 : 0));
                h[i] = w[i] * p * (1 - p);
            }
            Split best = null;
            for (int j = 0; j < d; j++) {
                Split split = bestSplit(j, cuts[j].length + 1, bins[j], g, h, w);
                if (split != null && (best == null || split.gain() > best.gain())) {
                    best = split;
                }
            }
            if (best == null) {
                break;
            }
            double left = best.leftValue() - best.centre();
            double right = best.rightValue() - best.centre();
            base += best.centre();
            for (int b = 0; b < stepValues[best.feature()].length; b++) {
                stepValues[best.feature()][b] += b <= best.lastLeftBin() ? left : right;
            }
            for (int i = 0; i < n; i++) {
                int b = bins[best.feature()][i];
                score[i] += best.centre() + (b < 0 ? 0 : b <= best.lastLeftBin() ? left : right);
            }
        }
        List<FeatureShape> shapes = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            shapes.add(shape(features.get(j), cuts[j], stepValues[j], bins[j], w));
        }
        return new AdditiveScore(base, shapes);
    }

    private record Split(int feature, int lastLeftBin, double gain, double leftValue, double rightValue, double centre) {
    }

    private Split bestSplit(int feature, int binCount, int[] bins, double[] g, double[] h, double[] w) {
        double[] gb = new double[binCount];
        double[] hb = new double[binCount];
        double[] wb = new double[binCount];
        for (int i = 0; i < bins.length; i++) {
            if (bins[i] >= 0) {
                gb[bins[i]] += g[i];
                hb[bins[i]] += h[i];
                wb[bins[i]] += w[i];
            }
        }
        double gTotal = Arrays.stream(gb).sum();
        double hTotal = Arrays.stream(hb).sum();
        double wTotal = Arrays.stream(wb).sum();
        double lambda = settings.l2();
        double parent = gTotal * gTotal / (hTotal + lambda);
        Split best = null;
        double gLeft = 0;
        double hLeft = 0;
        double wLeft = 0;
        for (int b = 0; b < binCount - 1; b++) {
            gLeft += gb[b];
            hLeft += hb[b];
            wLeft += wb[b];
            double gRight = gTotal - gLeft;
            double hRight = hTotal - hLeft;
            if (hLeft < settings.minLeafHessian() || hRight < settings.minLeafHessian()) {
                continue;
            }
            double gain = gLeft * gLeft / (hLeft + lambda) + gRight * gRight / (hRight + lambda) - parent;
            if (gain > 1e-12 && (best == null || gain > best.gain())) {
                double leftValue = -settings.learningRate() * gLeft / (hLeft + lambda);
                double rightValue = -settings.learningRate() * gRight / (hRight + lambda);
                double centre = (wLeft * leftValue + (wTotal - wLeft) * rightValue) / wTotal;
                best = new Split(feature, b, gain, leftValue, rightValue, centre);
            }
        }
        return best;
    }

    // Merges equal neighbouring steps and measures how far the shape moves scores of accounts that have the input.
    private static FeatureShape shape(Feature feature, double[] cuts, double[] steps, int[] bins, double[] w) {
        List<Double> bounds = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        values.add(steps[0]);
        for (int b = 1; b < steps.length; b++) {
            if (steps[b] != steps[b - 1]) {
                bounds.add(cuts[b - 1]);
                values.add(steps[b]);
            }
        }
        double sum = 0;
        double sumSquares = 0;
        double weight = 0;
        for (int i = 0; i < bins.length; i++) {
            if (bins[i] >= 0) {
                sum += w[i] * steps[bins[i]];
                sumSquares += w[i] * steps[bins[i]] * steps[bins[i]];
                weight += w[i];
            }
        }
        double mean = weight == 0 ? 0 : sum / weight;
        double spread = weight == 0 ? 0 : Math.sqrt(Math.max(0, sumSquares / weight - mean * mean));
        return new FeatureShape(feature,
                bounds.stream().mapToDouble(Double::doubleValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray(),
                spread);
    }

    /**
     * Values closer than this are one value: a split between them would rest on rounding noise and could
     * move when the model resource rounds its numbers.
     */
    static final double MIN_GAP = 1e-5;

    /**
     * Split points in the middle of a gap between known values, the first gap above each of
     * {@code maxCuts} evenly spaced quantiles.
     */
    static double[] candidateCuts(double[] values, int maxCuts) {
        double[] known = Arrays.stream(values).filter(v -> !AccountFeatures.isMissing(v)).sorted().toArray();
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < known.length; i++) {
            if (known[i] - known[i - 1] > MIN_GAP) {
                gaps.add((known[i] + known[i - 1]) / 2);
            }
        }
        double[] gapMiddles = gaps.stream().mapToDouble(Double::doubleValue).toArray();
        List<Double> cuts = new ArrayList<>();
        for (int q = 1; q <= maxCuts && gapMiddles.length > 0; q++) {
            double quantile = known[(int) Math.floor((double) q / (maxCuts + 1) * (known.length - 1))];
            int found = Arrays.binarySearch(gapMiddles, quantile);
            int next = found >= 0 ? found + 1 : -found - 1;
            if (next < gapMiddles.length && (cuts.isEmpty() || cuts.get(cuts.size() - 1) < gapMiddles[next])) {
                cuts.add(gapMiddles[next]);
            }
        }
        return cuts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int bin(double[] cuts, double value) {
        int found = Arrays.binarySearch(cuts, value);
        return found >= 0 ? found : -found - 1;
    }

    private static double[] column(double[][] x, int j) {
        double[] column = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            column[i] = x[i][j];
        }
        return column;
    }

    private static double[] normalised(double[] weights) {
        double sum = Arrays.stream(weights).sum();
        return Arrays.stream(weights).map(v -> v * weights.length / sum).toArray();
    }
}
