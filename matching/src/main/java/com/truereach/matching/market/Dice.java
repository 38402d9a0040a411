package com.truereach.matching.market;

import java.util.Map;
import java.util.SplittableRandom;

/** The random draws the generator needs, over one creator's own seeded source. */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double uniform(double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    int between(int lowInclusive, int highInclusive) {
        return random.nextInt(lowInclusive, highInclusive + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian() {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Log-normal with the given median and log-space spread. */
    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * gaussian());
    }

    /** Pareto (power law) above {@code minimum} with tail exponent {@code alpha}. */
    double pareto(double minimum, double alpha) {
        return minimum / Math.pow(1.0 - random.nextDouble(), 1.0 / alpha);
    }

    <T> T pick(Map<T, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double target = random.nextDouble() * total;
        T last = null;
        for (Map.Entry<T, Double> entry : weights.entrySet()) {
            last = entry.getKey();
            target -= entry.getValue();
            if (target < 0) {
                return last;
            }
        }
        return last;
    }

    <T> T pick(java.util.List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
