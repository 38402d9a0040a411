package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudienceCredibilityTest {

    @Test
    void an_empty_sample_gives_no_evidence_rather_than_zero_shares() {
        AudienceCredibility credibility = AudienceCredibility.of(List.of());

        AudienceCredibility.NoEvidence none = assertInstanceOf(AudienceCredibility.NoEvidence.class, credibility);
        assertEquals(0, none.sampleSize());
        assertTrue(none.explanation().contains("unknown"));
    }

    @Test
    void class_shares_count_the_verdicts_with_an_interval_around_them() {
        AudienceCredibility.Estimate estimate = estimate(audience(80, 10, 6, 4));

        assertEquals(100, estimate.sampleSize());
        assertEquals(0.80, estimate.shareOf(FollowerClass.REAL).share(), 1e-12);
        assertEquals(0.10, estimate.shareOf(FollowerClass.SUSPICIOUS).share(), 1e-12);
        ShareEstimate suspicious = estimate.shareOf(FollowerClass.SUSPICIOUS);
        assertTrue(suspicious.lower() < 0.10 && suspicious.upper() > 0.10);
    }

    @Test
    void the_interval_narrows_as_the_sample_grows() {
        ShareEstimate small = estimate(audience(8, 1, 1, 0)).shareOf(FollowerClass.REAL);
        ShareEstimate medium = estimate(audience(80, 10, 10, 0)).shareOf(FollowerClass.REAL);
        ShareEstimate large = estimate(audience(800, 100, 100, 0)).shareOf(FollowerClass.REAL);

        assertEquals(small.share(), large.share(), 1e-12);
        assertTrue(small.width() > medium.width());
        assertTrue(medium.width() > large.width());
    }

    @Test
    void a_class_absent_from_the_sample_still_has_an_honest_upper_bound() {
        ShareEstimate influencers = estimate(audience(10, 0, 0, 0)).shareOf(FollowerClass.INFLUENCER);

        assertEquals(0, influencers.share());
        assertEquals(0.2775, influencers.upper(), 1e-4); // Wilson 95% for 0 of 10
    }

    @Test
    void the_credible_share_counts_the_probability_of_being_genuine_and_leaves_out_mass_followers() {
        List<AccountClassification> sample = new ArrayList<>();
        sample.add(verdict(FollowerClass.REAL, 0.2));
        sample.add(verdict(FollowerClass.INFLUENCER, 0.0));
        sample.add(verdict(FollowerClass.MASS_FOLLOWER, 0.0));
        sample.add(verdict(FollowerClass.SUSPICIOUS, 0.9));

        ShareEstimate credible = estimate(sample).credibleShare();

        assertEquals((0.8 + 1.0 + 0.0 + 0.1) / 4, credible.share(), 1e-12);
    }

    @Test
    void the_classifier_and_the_audience_estimate_work_together() {
        FollowerClassifier classifier = FollowerClassifier.loadDefault();
        List<AccountClassification> sample = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            sample.add(classifier.classify(FollowerProfiles.aTypicalGenuineFollower()));
        }
        sample.add(classifier.classify(FollowerProfiles.aTypicalBotFollower()));

        AudienceCredibility.Estimate estimate = estimate(sample);

        assertEquals(0.1, estimate.shareOf(FollowerClass.SUSPICIOUS).share(), 1e-12);
        assertTrue(estimate.credibleShare().share() > 0.85);
    }

    @Test
    void an_invalid_wilson_input_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> ShareEstimate.wilson(3, 0));
        assertThrows(IllegalArgumentException.class, () -> ShareEstimate.wilson(11, 10));
    }

    private static AudienceCredibility.Estimate estimate(List<AccountClassification> sample) {
        return assertInstanceOf(AudienceCredibility.Estimate.class, AudienceCredibility.of(sample));
    }

    private static List<AccountClassification> audience(int real, int suspicious, int massFollowers, int influencers) {
        List<AccountClassification> sample = new ArrayList<>();
        for (int i = 0; i < real; i++) {
            sample.add(verdict(FollowerClass.REAL, 0.02));
        }
        for (int i = 0; i < suspicious; i++) {
            sample.add(verdict(FollowerClass.SUSPICIOUS, 0.9));
        }
        for (int i = 0; i < massFollowers; i++) {
            sample.add(verdict(FollowerClass.MASS_FOLLOWER, 0.1));
        }
        for (int i = 0; i < influencers; i++) {
            sample.add(verdict(FollowerClass.INFLUENCER, 0.01));
        }
        return sample;
    }

    private static AccountClassification verdict(FollowerClass followerClass, double probability) {
        return new AccountClassification(followerClass, probability, 1.0, List.of("test verdict"));
    }
}
