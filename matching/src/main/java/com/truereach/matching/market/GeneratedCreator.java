package com.truereach.matching.market;

import com.truereach.matching.metrics.CreatorMetrics;
import java.util.Objects;

/** A generated creator: what the engine may see, and, kept apart, what is true. */
public record GeneratedCreator(CreatorMetrics observed, HiddenTruth truth) {

    public GeneratedCreator {
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(truth, "truth");
    }
}
