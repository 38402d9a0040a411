package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed model, re-checked on the committed data: a bad retrain must fail the build. */
class CommittedModelTest {

    /** In-sample AUC of version 1 is about 0.95 (SRF) and 0.98 (Kaggle); the floors leave room for noise only. */
    static final double SRF_AUC_FLOOR = 0.93;
    static final double KAGGLE_AUC_FLOOR = 0.97;

    private final FollowerModel model = FollowerClassifier.loadDefault().model();
    private final List<LabelledAccount> srf = AuthenticityData.srf();
    private final List<LabelledAccount> kaggle = AuthenticityData.kaggle();

    @Test
    void the_committed_data_has_the_expected_accounts() {
        assertEquals(975, srf.size());
        assertEquals(98, srf.stream().filter(LabelledAccount::fake).count());
        assertEquals(692, kaggle.size());
    }

    @Test
    void the_model_ranks_fakes_above_genuine_accounts_on_both_sources() {
        assertTrue(auc(srf) >= SRF_AUC_FLOOR, "SRF AUC " + auc(srf));
        assertTrue(auc(kaggle) >= KAGGLE_AUC_FLOOR, "Kaggle AUC " + auc(kaggle));
    }

    @Test
    void the_threshold_flags_few_genuine_accounts_on_either_source() {
        for (List<LabelledAccount> set : List.of(srf, kaggle)) {
            Metrics.Decision decision = Metrics.at(probabilities(set), Experiments.labels(set), model.suspiciousThreshold());
            assertTrue(decision.genuineFlagged() <= 0.03, set.get(0).source() + ": " + decision);
            assertTrue(decision.recall() >= 0.3, set.get(0).source() + ": " + decision);
        }
    }

    @Test
    void probabilities_are_calibrated_for_an_audience_with_one_fake_in_ten() {
        // SRF is a real audience at that share: the expected number of fakes must be near the labelled one.
        double expectedFakes = java.util.Arrays.stream(probabilities(srf)).sum();
        assertEquals(98, expectedFakes, 25);
        // On the balanced Kaggle set the same probabilities must fall short of its 50% fakes, by design.
        double kaggleMean = java.util.Arrays.stream(probabilities(kaggle)).average().orElseThrow();
        assertTrue(kaggleMean > 0.2 && kaggleMean < 0.5, "Kaggle mean " + kaggleMean);
    }

    @Test
    void higher_probabilities_mean_more_fakes() {
        double[] p = probabilities(srf);
        boolean[] fake = Experiments.labels(srf);
        assertTrue(fakeShare(p, fake, 0.0, 0.05) < fakeShare(p, fake, 0.05, 0.5));
        assertTrue(fakeShare(p, fake, 0.05, 0.5) < fakeShare(p, fake, 0.5, 1.01));
    }

    @Test
    void retraining_with_the_recorded_recipe_reproduces_the_committed_model() {
        List<LabelledAccount> all = AuthenticityData.all();
        FollowerModel retrained = TrainFollowerClassifier.recipe().trainModel(all, model.suspiciousThreshold(),
                model.version(), model.trainingData());
        for (LabelledAccount account : all) {
            assertEquals(model.probability(account.features()), retrained.probability(account.features()), 1e-6);
        }
    }

    private double auc(List<LabelledAccount> set) {
        return Metrics.auc(probabilities(set), Experiments.labels(set));
    }

    private double[] probabilities(List<LabelledAccount> set) {
        return set.stream().mapToDouble(a -> model.probability(a.features())).toArray();
    }

    private static double fakeShare(double[] p, boolean[] fake, double from, double to) {
        int n = 0;
        int fakes = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= from && p[i] < to) {
                n++;
                fakes += fake[i] ? 1 : 0;
            }
        }
        return (double) fakes / n;
    }
}
