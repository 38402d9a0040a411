package com.truereach.matching.authenticity;

import java.util.Arrays;
import java.util.List;

/**
 * Picks the decision threshold from held-out probabilities: the lowest one, on a grid of whole
 * percentage points, at which no source has more than the allowed share of its genuine accounts flagged.
 * Lowest, to catch as many fakes as the budget allows; per source, so a balanced set cannot hide the
 * false flags of a realistic one.
 */
final class ThresholdChoice {

    static final double GRID = 0.01;

    private ThresholdChoice() {
    }

    static double lowestWithinBudget(double[] probability, List<LabelledAccount> accounts, double genuineFlagBudget) {
        for (int step = 1; step < Math.round(1 / GRID); step++) {
            double threshold = step * GRID;
            if (withinBudget(probability, accounts, threshold, genuineFlagBudget)) {
                return threshold;
            }
        }
        throw new IllegalStateException("no threshold keeps genuine accounts flagged within " + genuineFlagBudget);
    }

    private static boolean withinBudget(double[] probability, List<LabelledAccount> accounts, double threshold,
                                        double budget) {
        return Arrays.stream(Source.values()).allMatch(source -> {
            int genuine = 0;
            int flagged = 0;
            for (int i = 0; i < accounts.size(); i++) {
                LabelledAccount account = accounts.get(i);
                if (account.source() == source && !account.fake()) {
                    genuine++;
                    flagged += probability[i] >= threshold ? 1 : 0;
                }
            }
            return genuine == 0 || (double) flagged / genuine <= budget;
        });
    }
}
