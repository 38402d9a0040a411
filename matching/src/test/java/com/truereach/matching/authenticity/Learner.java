package com.truereach.matching.authenticity;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Something that learns, from labelled accounts, a calibrated probability that an account is fake. */
interface Learner {

    String name();

    ToDoubleFunction<AccountFeatures> train(List<LabelledAccount> accounts);

    /** Inputs of {@code features} as a matrix, NaN where unknown. */
    static double[][] matrix(List<LabelledAccount> accounts, List<Feature> features) {
        double[][] x = new double[accounts.size()][features.size()];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < features.size(); j++) {
                x[i][j] = features.get(j).valueOf(accounts.get(i).features());
            }
        }
        return x;
    }
}
