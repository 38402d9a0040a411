package com.truereach.matching.metrics;

final class Counts {

    private Counts() {
    }

    static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    static void requireShare(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a share in [0, 1], was " + value);
        }
    }
}
