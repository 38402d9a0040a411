package com.truereach.matching.metrics;

import java.util.Objects;

/**
 * A creator's price for one sponsored post, in integer minor units of an ISO 4217 currency (cents for
 * USD or EUR). Never a floating-point amount: money is counted, not measured.
 */
public record Rate(long minorUnits, String currency) {

    public Rate {
        if (minorUnits <= 0) {
            throw new IllegalArgumentException("a rate must be positive, was " + minorUnits);
        }
        Objects.requireNonNull(currency, "currency");
        if (!Codes.isUpperCase(currency, 3)) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
        }
    }

    public static Rate of(long minorUnits, String currency) {
        return new Rate(minorUnits, currency);
    }

    /** The amount in major units (dollars, euros), for ratios only: never for accounting. */
    public double inMajorUnits() {
        return minorUnits / 100.0;
    }
}
