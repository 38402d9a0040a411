package com.truereach.matching.authenticity;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Plain logistic regression on standardised inputs, an unknown input set to its training mean. With the
 * three log counts it is the baseline every other model must beat; with all inputs it shows what the
 * non-linear steps of the shipped model add.
 */
final class LinearLearner implements Learner {

    static final double L2 = 1.0;

    private final String name;
    private final List<Feature> features;

    LinearLearner(String name, List<Feature> features) {
        this.name = name;
        this.features = List.copyOf(features);
    }

    static LinearLearner countsBaseline() {
        return new LinearLearner("logistic regression on the three log counts",
                List.of(Feature.FOLLOWERS_LOG, Feature.FOLLOWING_LOG, Feature.POSTS_LOG));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ToDoubleFunction<AccountFeatures> train(List<LabelledAccount> accounts) {
        double[][] x = Learner.matrix(accounts, features);
        int d = features.size();
        double[] mean = new double[d];
        double[] sd = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            double squares = 0;
            int known = 0;
            for (double[] row : x) {
                if (!AccountFeatures.isMissing(row[j])) {
                    sum += row[j];
                    squares += row[j] * row[j];
                    known++;
                }
            }
            mean[j] = known == 0 ? 0 : sum / known;
            sd[j] = known == 0 ? 1 : Math.max(1e-9, Math.sqrt(Math.max(0, squares / known - mean[j] * mean[j])));
        }
        double[][] z = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            z[i] = standardise(x[i], mean, sd);
        }
        double[] beta = LogisticFit.fit(z, TrainingWeights.labels(accounts), TrainingWeights.balanced(accounts), L2);
        double priorShift = FollowerModel.logit(FollowerModelTrainer.TARGET_PRIOR)
                - FollowerModel.logit(FollowerModelTrainer.TRAINING_PRIOR);
        return account -> {
            double[] row = new double[d];
            for (int j = 0; j < d; j++) {
                row[j] = features.get(j).valueOf(account);
            }
            return 1.0 / (1.0 + Math.exp(-(LogisticFit.linear(beta, standardise(row, mean, sd)) + priorShift)));
        };
    }

    private static double[] standardise(double[] row, double[] mean, double[] sd) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = AccountFeatures.isMissing(row[j]) ? 0 : (row[j] - mean[j]) / sd[j];
        }
        return z;
    }
}
