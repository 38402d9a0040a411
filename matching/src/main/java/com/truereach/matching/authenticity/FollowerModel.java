package com.truereach.matching.authenticity;

import java.util.List;
import java.util.Objects;

/**
 * The trained follower model: an additive score over the inputs, turned into a calibrated probability.
 *
 * <p>Score = {@code baseScore} + the sum of each input's {@link FeatureShape} contribution. The score is
 * learned on training data re-weighted to half fakes, half genuine; Platt scaling
 * ({@code calibrationSlope}, {@code calibrationIntercept}) calibrates it on held-out predictions at that
 * prior, and a shift of the log-odds from {@code trainingPrior} to {@code targetPrior} makes it a
 * probability for a realistic audience.
 *
 * @param version              resource version, reported with every explanation that cites the model
 * @param trainingData         one-line description of the data it was trained on
 * @param suspiciousThreshold  probability at or above which an account counts as suspicious
 */
record FollowerModel(
        String version,
        String trainingData,
        List<FeatureShape> shapes,
        double baseScore,
        double calibrationSlope,
        double calibrationIntercept,
        double trainingPrior,
        double targetPrior,
        double suspiciousThreshold) {

    FollowerModel {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(trainingData, "trainingData");
        shapes = List.copyOf(shapes);
        if (shapes.stream().map(FeatureShape::feature).distinct().count() != shapes.size()) {
            throw new IllegalArgumentException("each feature may appear only once in the model");
        }
        requireOpenUnitInterval("trainingPrior", trainingPrior);
        requireOpenUnitInterval("targetPrior", targetPrior);
        requireOpenUnitInterval("suspiciousThreshold", suspiciousThreshold);
        if (!(calibrationSlope > 0)) {
            // A non-positive slope would turn the score upside down: a sign of a broken retrain.
            throw new IllegalArgumentException("calibrationSlope must be positive, was " + calibrationSlope);
        }
    }

    /** Contribution of each input, in the order of {@link #shapes()}; 0 for an unknown input. */
    double[] contributions(AccountFeatures features) {
        double[] contributions = new double[shapes.size()];
        for (int i = 0; i < contributions.length; i++) {
            FeatureShape shape = shapes.get(i);
            contributions[i] = shape.contribution(shape.feature().valueOf(features));
        }
        return contributions;
    }

    double score(double[] contributions) {
        double score = baseScore;
        for (double contribution : contributions) {
            score += contribution;
        }
        return score;
    }

    double probability(double score) {
        double logOdds = calibrationSlope * score + calibrationIntercept + logit(targetPrior) - logit(trainingPrior);
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }

    double probability(AccountFeatures features) {
        return probability(score(contributions(features)));
    }

    /**
     * Share of the model's usual evidence that is present: 1 minus the variance the unknown inputs
     * would usually add, over the variance all inputs add.
     */
    double evidenceShare(AccountFeatures features) {
        double total = 0;
        double missing = 0;
        for (FeatureShape shape : shapes) {
            double variance = shape.spread() * shape.spread();
            total += variance;
            if (AccountFeatures.isMissing(shape.feature().valueOf(features))) {
                missing += variance;
            }
        }
        return total == 0 ? 1.0 : 1.0 - missing / total;
    }

    static double logit(double probability) {
        return Math.log(probability / (1.0 - probability));
    }

    private static void requireOpenUnitInterval(String name, double value) {
        if (!(value > 0.0 && value < 1.0)) {
            throw new IllegalArgumentException(name + " must be strictly between 0 and 1, was " + value);
        }
    }
}
