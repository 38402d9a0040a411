package com.truereach.matching.metrics;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * An account's counters on one day.
 *
 * @param views total views over the preceding 30 days where the platform reports them
 */
public record MetricSnapshot(
        LocalDate date, long followers, long following, long posts, OptionalLong views, Provenance provenance) {

    public MetricSnapshot {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(provenance, "provenance");
        Counts.requireNonNegative("followers", followers);
        Counts.requireNonNegative("following", following);
        Counts.requireNonNegative("posts", posts);
        if (views.isPresent()) {
            Counts.requireNonNegative("views", views.getAsLong());
        }
    }
}
