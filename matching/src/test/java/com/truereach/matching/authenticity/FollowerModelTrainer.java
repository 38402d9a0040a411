package com.truereach.matching.authenticity;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The full training recipe of the shipped model: boosted stumps on source- and class-balanced weights,
 * Platt scaling fitted on held-out scores from an inner cross-validation, then a prior shift to the
 * share of fakes expected in a real audience.
 */
final class FollowerModelTrainer implements Learner {

    /** About one follower in ten is fake in real samples (the SRF audit found 98 in 975). */
    static final double TARGET_PRIOR = 0.10;
    /** The balanced weights make every training set look half fake. */
    static final double TRAINING_PRIOR = 0.5;
    static final int CALIBRATION_FOLDS = 5;
    /** Platt scaling has two parameters; a whisper of L2 only guards against separable folds. */
    static final double CALIBRATION_L2 = 1e-3;

    private final List<Feature> features;
    private final StumpBoosting.Settings boosting;
    private final long seed;

    FollowerModelTrainer(List<Feature> features, StumpBoosting.Settings boosting, long seed) {
        this.features = List.copyOf(features);
        this.boosting = boosting;
        this.seed = seed;
    }

    @Override
    public String name() {
        return "boosted stumps, " + features.size() + " inputs";
    }

    @Override
    public ToDoubleFunction<AccountFeatures> train(List<LabelledAccount> accounts) {
        FollowerModel model = trainModel(accounts, 0.5, "evaluation", "cross-validation fold");
        return model::probability;
    }

    FollowerModel trainModel(List<LabelledAccount> accounts, double threshold, String version, String trainingData) {
        StumpBoosting.AdditiveScore score = fitScore(accounts);
        double[] platt = calibrate(accounts);
        return new FollowerModel(version, trainingData, score.shapes(), score.base(),
                platt[1], platt[0], TRAINING_PRIOR, TARGET_PRIOR, threshold);
    }

    private StumpBoosting.AdditiveScore fitScore(List<LabelledAccount> accounts) {
        return new StumpBoosting(boosting).fit(features, Learner.matrix(accounts, features),
                TrainingWeights.labels(accounts), TrainingWeights.balanced(accounts));
    }

    // Scores of accounts the score was not fitted on, so the calibration sees honest over-confidence.
    private double[] calibrate(List<LabelledAccount> accounts) {
        int[] fold = Folds.assign(accounts, CALIBRATION_FOLDS, seed);
        double[][] heldOutScore = new double[accounts.size()][1];
        for (int k = 0; k < CALIBRATION_FOLDS; k++) {
            StumpBoosting.AdditiveScore score = fitScore(Folds.select(accounts, fold, k, false));
            FollowerModel uncalibrated = new FollowerModel("fold", "fold", score.shapes(), score.base(),
                    1, 0, TRAINING_PRIOR, TRAINING_PRIOR, 0.5);
            for (int i = 0; i < accounts.size(); i++) {
                if (fold[i] == k) {
                    heldOutScore[i][0] = uncalibrated.score(uncalibrated.contributions(accounts.get(i).features()));
                }
            }
        }
        return LogisticFit.fit(heldOutScore, TrainingWeights.labels(accounts), TrainingWeights.balanced(accounts),
                CALIBRATION_L2);
    }
}
