package com.truereach.matching.authenticity;

import java.util.Arrays;

/**
 * How one input moves the score: a step function from the input's value to log-odds.
 *
 * <p>Values up to and including {@code upperBounds[i]} (and above the previous bound) get
 * {@code logOdds[i]}; values above the last bound get the last entry. The steps are centred on the
 * training accounts that had the input, so an unknown input contributes 0: its average effect.
 *
 * @param spread standard deviation of this input's contribution over the training accounts: how much
 *               evidence it usually carries, and so how much is lost when it is unknown
 */
record FeatureShape(Feature feature, double[] upperBounds, double[] logOdds, double spread) {

    FeatureShape {
        if (logOdds.length != upperBounds.length + 1) {
            throw new IllegalArgumentException(feature.key() + ": needs one log-odds value per step ("
                    + (upperBounds.length + 1) + "), found " + logOdds.length);
        }
        for (int i = 1; i < upperBounds.length; i++) {
            if (!(upperBounds[i - 1] < upperBounds[i])) {
                throw new IllegalArgumentException(feature.key() + ": step bounds must increase");
            }
        }
        if (!(spread >= 0)) {
            throw new IllegalArgumentException(feature.key() + ": spread must be non-negative");
        }
        upperBounds = upperBounds.clone();
        logOdds = logOdds.clone();
    }

    double contribution(double value) {
        if (AccountFeatures.isMissing(value)) {
            return 0.0;
        }
        int found = Arrays.binarySearch(upperBounds, value);
        int step = found >= 0 ? found : -found - 1;
        return logOdds[step];
    }

    @Override
    public double[] upperBounds() {
        return upperBounds.clone();
    }

    @Override
    public double[] logOdds() {
        return logOdds.clone();
    }
}
