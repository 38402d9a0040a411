package com.truereach.matching.ranking;

import java.util.Objects;

/** One factor of a ranking score: its name, its value and a sentence saying what it means. */
public record ScorePart(String name, double value, String explanation) {

    public ScorePart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(explanation, "explanation");
    }
}
