package com.truereach.matching.authenticity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weights that give every source the same total weight and, within it, fakes and genuine accounts the
 * same weight. The model then learns at a 50% prior that no single source dictates; calibration moves it
 * to the realistic prior afterwards.
 */
final class TrainingWeights {

    private TrainingWeights() {
    }

    static double[] balanced(List<LabelledAccount> accounts) {
        Map<String, Integer> cellSizes = new HashMap<>();
        accounts.forEach(a -> cellSizes.merge(cell(a), 1, Integer::sum));
        double[] weights = new double[accounts.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (double) accounts.size() / (cellSizes.size() * cellSizes.get(cell(accounts.get(i))));
        }
        return weights;
    }

    static boolean[] labels(List<LabelledAccount> accounts) {
        boolean[] fake = new boolean[accounts.size()];
        for (int i = 0; i < fake.length; i++) {
            fake[i] = accounts.get(i).fake();
        }
        return fake;
    }

    private static String cell(LabelledAccount account) {
        return account.source() + "/" + account.fake();
    }
}
