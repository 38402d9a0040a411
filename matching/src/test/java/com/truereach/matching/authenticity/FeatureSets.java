package com.truereach.matching.authenticity;

import java.util.ArrayList;
import java.util.List;

/** Which inputs each experiment may use: only those its training and test data both know. */
final class FeatureSets {

    static final List<Feature> COUNTS = List.of(Feature.FOLLOWERS_LOG, Feature.FOLLOWING_LOG, Feature.POSTS_LOG,
            Feature.FOLLOWER_FOLLOWING_RATIO_LOG, Feature.POSTS_PER_FOLLOWER_LOG);
    /** What both sources record: the counts, picture, privacy and the username's digits. */
    static final List<Feature> SHARED = plus(COUNTS, Feature.PROFILE_PICTURE, Feature.PRIVATE_ACCOUNT,
            Feature.USERNAME_DIGIT_SHARE);
    /** Everything the Kaggle rows record. */
    static final List<Feature> KAGGLE = plus(SHARED, Feature.EXTERNAL_URL, Feature.FULL_NAME_WORDS,
            Feature.FULL_NAME_DIGIT_SHARE, Feature.NAME_MATCHES_USERNAME, Feature.BIOGRAPHY_LENGTH);
    /**
     * The shipped model's inputs: every input either source records, except the username's length, which
     * only the SRF rows have and which did not improve cross-validated results there (see the report).
     */
    static final List<Feature> SHIPPED = KAGGLE;
    /** The SRF inputs plus username length: kept as an ablation in the report. */
    static final List<Feature> SRF_WITH_USERNAME_LENGTH = plus(SHARED, Feature.USERNAME_LENGTH);
    /** The SRF inputs plus the username's share of letters: an ablation in the report. */
    static final List<Feature> SRF_WITH_USERNAME_LETTER_SHARE = plus(SHARED, Feature.USERNAME_LETTER_SHARE);

    private FeatureSets() {
    }

    private static List<Feature> plus(List<Feature> base, Feature... more) {
        List<Feature> features = new ArrayList<>(base);
        features.addAll(List.of(more));
        return List.copyOf(features);
    }
}
