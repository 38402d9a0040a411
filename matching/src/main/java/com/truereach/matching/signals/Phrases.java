package com.truereach.matching.signals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Number formats for reasons: few digits, since a person reads them. */
final class Phrases {

    private Phrases() {
    }

    // Rounded with BigDecimal (half up on the shortest decimal form of the double, as String.format
    // does) rather than through String.format, which parses its format string on every call.

    static String percent(double share) {
        double p = share * 100;
        return fixed(p, Math.abs(p) >= 10 ? 0 : 1, false) + "%";
    }

    static String number(double value) {
        return Math.abs(value) >= 10 ? fixed(value, 0, true) : fixed(value, 1, false);
    }

    private static String fixed(double value, int decimals, boolean grouped) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, grouped ? "%,." + decimals + "f" : "%." + decimals + "f", value);
        }
        BigDecimal rounded = BigDecimal.valueOf(Math.abs(value)).setScale(decimals, RoundingMode.HALF_UP);
        String digits = rounded.toPlainString();
        if (grouped) {
            digits = grouped(digits);
        }
        // A negative value keeps its sign even when it rounds to zero ("-0.0"), as String.format writes it.
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative ? "-" + digits : digits;
    }

    private static String grouped(String integerDigits) {
        int length = integerDigits.length();
        if (length <= 3) {
            return integerDigits;
        }
        StringBuilder out = new StringBuilder(length + length / 3);
        int head = length % 3 == 0 ? 3 : length % 3;
        out.append(integerDigits, 0, head);
        for (int i = head; i < length; i += 3) {
            out.append(',').append(integerDigits, i, i + 3);
        }
        return out.toString();
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
