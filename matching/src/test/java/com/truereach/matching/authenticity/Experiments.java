package com.truereach.matching.authenticity;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Out-of-sample predictions: cross-validated within one data set, or trained on one and applied to another. */
final class Experiments {

    static final int FOLDS = 5;

    private Experiments() {
    }

    /** Each account's probability from the model trained on the other folds. */
    static double[] crossValidated(Learner learner, List<LabelledAccount> accounts, long seed) {
        int[] fold = Folds.assign(accounts, FOLDS, seed);
        double[] probability = new double[accounts.size()];
        for (int k = 0; k < FOLDS; k++) {
            ToDoubleFunction<AccountFeatures> model = learner.train(Folds.select(accounts, fold, k, false));
            for (int i = 0; i < accounts.size(); i++) {
                if (fold[i] == k) {
                    probability[i] = model.applyAsDouble(accounts.get(i).features());
                }
            }
        }
        return probability;
    }

    static double[] trainedOn(Learner learner, List<LabelledAccount> training, List<LabelledAccount> test) {
        ToDoubleFunction<AccountFeatures> model = learner.train(training);
        return test.stream().mapToDouble(a -> model.applyAsDouble(a.features())).toArray();
    }

    static boolean[] labels(List<LabelledAccount> accounts) {
        return TrainingWeights.labels(accounts);
    }
}
