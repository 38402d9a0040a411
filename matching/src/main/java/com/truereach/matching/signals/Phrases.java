package com.truereach.matching.signals;

import java.util.Locale;

/** Number formats for reasons: few digits, since a person reads them. */
final class Phrases {

    private Phrases() {
    }

    static String percent(double share) {
        double p = share * 100;
        return String.format(Locale.ROOT, Math.abs(p) >= 10 ? "%.0f%%" : "%.1f%%", p);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%,.0f" : "%.1f", value);
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
