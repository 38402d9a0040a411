package com.truereach.matching.authenticity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Ranking and decision figures for predicted probabilities against labels. */
final class Metrics {

    private Metrics() {
    }

    /** Area under the ROC curve: the chance a random fake scores above a random genuine account (ties count half). */
    static double auc(double[] score, boolean[] fake) {
        Integer[] order = IntStream.range(0, score.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> score[i]));
        double[] rank = new double[score.length];
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && score[order[end + 1]] == score[order[start]]) {
                end++;
            }
            double midRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                rank[order[k]] = midRank;
            }
            start = end + 1;
        }
        double fakes = 0;
        double rankSum = 0;
        for (int i = 0; i < score.length; i++) {
            if (fake[i]) {
                fakes++;
                rankSum += rank[i];
            }
        }
        double genuine = score.length - fakes;
        return (rankSum - fakes * (fakes + 1) / 2) / (fakes * genuine);
    }

    /** Share of genuine accounts at or above the score that still catches {@code recall} of the fakes. */
    static double genuineFlaggedAtRecall(double[] score, boolean[] fake, double recall) {
        double[] fakeScores = IntStream.range(0, score.length).filter(i -> fake[i]).mapToDouble(i -> score[i])
                .sorted().toArray();
        int mayMiss = (int) Math.floor((1 - recall) * fakeScores.length + 1e-9);
        double threshold = fakeScores[mayMiss];
        return at(score, fake, threshold).genuineFlagged();
    }

    /** Decision figures when every account scoring at least {@code threshold} is flagged. */
    static Decision at(double[] score, boolean[] fake, double threshold) {
        int truePositives = 0;
        int falsePositives = 0;
        int fakes = 0;
        for (int i = 0; i < score.length; i++) {
            boolean flagged = score[i] >= threshold;
            if (fake[i]) {
                fakes++;
                truePositives += flagged ? 1 : 0;
            } else {
                falsePositives += flagged ? 1 : 0;
            }
        }
        return new Decision(truePositives, falsePositives, fakes, score.length - fakes);
    }

    record Decision(int truePositives, int falsePositives, int fakes, int genuine) {

        double recall() {
            return fakes == 0 ? Double.NaN : (double) truePositives / fakes;
        }

        double genuineFlagged() {
            return genuine == 0 ? Double.NaN : (double) falsePositives / genuine;
        }

        /** Precision in the data as it is: meaningful only where its share of fakes is realistic. */
        double precision() {
            int flagged = truePositives + falsePositives;
            return flagged == 0 ? Double.NaN : (double) truePositives / flagged;
        }

        /** Precision had the same accounts come in at {@code prevalence} fakes, as in a real audience. */
        double precisionAtPrevalence(double prevalence) {
            double caught = recall() * prevalence;
            double wronglyFlagged = genuineFlagged() * (1 - prevalence);
            return caught + wronglyFlagged == 0 ? Double.NaN : caught / (caught + wronglyFlagged);
        }
    }

    /** Mean squared gap between probability and outcome. */
    static double brier(double[] probability, boolean[] fake) {
        double sum = 0;
        for (int i = 0; i < probability.length; i++) {
            double error = probability[i] - (fake[i] ? 1 : 0);
            sum += error * error;
        }
        return sum / probability.length;
    }
}
