package com.truereach.matching.authenticity;

import static com.truereach.matching.authenticity.FollowerProfiles.aCountsOnlyFollower;
import static com.truereach.matching.authenticity.FollowerProfiles.aMassFollower;
import static com.truereach.matching.authenticity.FollowerProfiles.aPopularCreator;
import static com.truereach.matching.authenticity.FollowerProfiles.aTypicalBotFollower;
import static com.truereach.matching.authenticity.FollowerProfiles.aTypicalGenuineFollower;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FollowerClassifierTest {

    private final FollowerClassifier classifier = FollowerClassifier.loadDefault();

    @Test
    void the_default_model_loads_once_with_its_version_and_a_threshold() {
        assertSame(classifier, FollowerClassifier.loadDefault());
        assertEquals("1", classifier.modelVersion());
        assertTrue(classifier.suspiciousThreshold() > 0.1 && classifier.suspiciousThreshold() < 1,
                "the threshold must demand more than the 10% base rate");
    }

    @Test
    void a_missing_model_resource_fails_with_a_clear_message() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> FollowerClassifier.loadModel("no-such-model.properties"));
        assertTrue(failure.getMessage().contains("no-such-model.properties"));
    }

    @Test
    void a_typical_bot_follower_is_suspicious() {
        AccountClassification verdict = classifier.classify(aTypicalBotFollower());

        assertEquals(FollowerClass.SUSPICIOUS, verdict.followerClass());
        assertTrue(verdict.probabilityInauthentic() >= classifier.suspiciousThreshold());
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.contains("typical of fake accounts")), verdict::toString);
    }

    @Test
    void a_typical_genuine_follower_is_real_and_unlikely_to_be_fake() {
        AccountClassification verdict = classifier.classify(aTypicalGenuineFollower());

        assertEquals(FollowerClass.REAL, verdict.followerClass());
        assertTrue(verdict.probabilityInauthentic() < 0.05, verdict::toString);
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.contains("typical of genuine accounts")), verdict::toString);
    }

    @Test
    void a_popular_creator_is_an_influencer_and_says_why() {
        AccountClassification verdict = classifier.classify(aPopularCreator());

        assertEquals(FollowerClass.INFLUENCER, verdict.followerClass());
        assertTrue(verdict.reasons().get(0).contains("184,000 followers"), verdict::toString);
    }

    @Test
    void a_genuine_looking_account_that_follows_thousands_is_a_mass_follower() {
        AccountClassification verdict = classifier.classify(aMassFollower());

        assertEquals(FollowerClass.MASS_FOLLOWER, verdict.followerClass());
        assertTrue(verdict.probabilityInauthentic() < classifier.suspiciousThreshold());
        assertTrue(verdict.reasons().get(0).contains("follows 4,100 accounts"), verdict::toString);
    }

    @Test
    void a_complete_profile_has_full_confidence_and_no_missing_field_reason() {
        AccountClassification verdict = classifier.classify(aTypicalGenuineFollower());

        assertEquals(1.0, verdict.confidence(), 1e-12);
        assertFalse(verdict.reasons().stream().anyMatch(r -> r.startsWith("unknown")));
    }

    @Test
    void a_profile_with_only_counts_still_classifies_with_lower_confidence() {
        AccountClassification complete = classifier.classify(aTypicalGenuineFollower());
        AccountClassification countsOnly = classifier.classify(aCountsOnlyFollower());

        assertEquals(FollowerClass.REAL, countsOnly.followerClass());
        assertTrue(countsOnly.confidence() < complete.confidence());
        assertTrue(countsOnly.confidence() > 0, "the counts alone are still evidence");
        assertTrue(countsOnly.reasons().stream().anyMatch(r -> r.startsWith("unknown") && r.contains("bio")),
                countsOnly::toString);
    }

    @Test
    void each_missing_field_lowers_confidence_further() {
        AccountProfile profile = aTypicalGenuineFollower();
        double complete = classifier.classify(profile).confidence();
        double withoutBio = classifier.classify(profile.withBiography(null)).confidence();
        double withoutBioAndPicture = classifier.classify(profile.withBiography(null).withProfilePicture(null)).confidence();

        assertTrue(complete > withoutBio);
        assertTrue(withoutBio > withoutBioAndPicture);
    }

    @Test
    void classifying_is_pure_the_same_profile_gets_the_same_verdict() {
        assertEquals(classifier.classify(aTypicalBotFollower()), classifier.classify(aTypicalBotFollower()));
    }

    @Test
    void reasons_are_short_sentences_strongest_first() {
        AccountClassification verdict = classifier.classify(aTypicalBotFollower());

        assertTrue(verdict.reasons().get(0).contains("likely fake or bought"));
        assertTrue(verdict.reasons().size() <= 2 + ReasonWriter.MAX_EVIDENCE_REASONS);
        verdict.reasons().forEach(reason -> assertTrue(reason.length() < 160, reason));
    }

    @Test
    void classifying_null_is_refused() {
        assertThrows(NullPointerException.class, () -> classifier.classify(null));
    }
}
