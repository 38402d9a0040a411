package com.truereach.matching.metrics;

/**
 * Where a figure came from, and so how far it can be trusted.
 *
 * <p>The weight is the share of full confidence a signal keeps when built on such a figure: a number the
 * platform gave through the creator's own connection is the reference; a partner's estimate is usually
 * close but modelled; a self-declared number is a claim nobody checked.
 */
public enum Provenance {
    VERIFIED(1.0, "verified through the creator's own platform connection"),
    PARTNER_ESTIMATE(0.7, "estimated by a data partner"),
    SELF_DECLARED(0.4, "declared by the creator and not verified");

    private final double weight;
    private final String description;

    Provenance(double weight, String description) {
        this.weight = weight;
        this.description = description;
    }

    /** In (0, 1]: how much confidence a signal built on a figure of this provenance keeps. */
    public double weight() {
        return weight;
    }

    /** Completes "the figures were …". */
    public String description() {
        return description;
    }
}
