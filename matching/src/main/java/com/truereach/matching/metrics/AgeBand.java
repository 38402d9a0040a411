package com.truereach.matching.metrics;

import java.util.Arrays;

/** Audience age bands, as the platforms report them. */
public enum AgeBand {
    AGE_13_17("13-17"),
    AGE_18_24("18-24"),
    AGE_25_34("25-34"),
    AGE_35_44("35-44"),
    AGE_45_54("45-54"),
    AGE_55_PLUS("55+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgeBand fromLabel(String label) {
        return Arrays.stream(values())
                .filter(band -> band.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown age band: " + label));
    }
}
