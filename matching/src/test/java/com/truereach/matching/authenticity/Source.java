package com.truereach.matching.authenticity;

/** Where a labelled account comes from; metrics are always reported per source. */
enum Source {
    /** Followers of Swiss influencers, labelled by SRF Data journalists: about 10% fake, as real audiences. */
    SRF("SRF followers"),
    /** Kaggle "Instagram fake spammer genuine accounts": balanced 50/50 by construction. */
    KAGGLE("Kaggle");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
