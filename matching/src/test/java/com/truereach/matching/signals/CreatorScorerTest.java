package com.truereach.matching.signals;

import static com.truereach.matching.fixtures.Creators.aCleanNicheCreatorFromLyon;
import static com.truereach.matching.fixtures.Creators.aCreatorWhosePostWentViral;
import static com.truereach.matching.fixtures.Creators.aCreatorWithBoughtFollowers;
import static com.truereach.matching.fixtures.Creators.aDeadAudience;
import static com.truereach.matching.fixtures.Creators.aPodCreator;
import static com.truereach.matching.fixtures.Creators.aSpikeThenPurgeCreator;
import static com.truereach.matching.fixtures.Creators.frenchMicroInstagram;
import static com.truereach.matching.fixtures.Creators.withProvenance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreatorScorerTest {

    private final CreatorScorer scorer = CreatorScorer.standard();

    private CreatorScore score(CreatorMetrics creator) {
        return scorer.score(creator, frenchMicroInstagram());
    }

    @Test
    void a_clean_niche_creator_from_lyon_scores_high_with_full_confidence() {
        AuthenticityScore authenticity = score(aCleanNicheCreatorFromLyon()).authenticity();

        assertEquals(100.0, authenticity.score(), 1e-9);
        assertTrue(authenticity.confidence() > 0.9, "confidence " + authenticity.confidence());
    }

    @Test
    void a_viral_jump_does_not_cost_a_genuine_creator_anything() {
        assertEquals(100.0, score(aCreatorWhosePostWentViral()).authenticity().score(), 1e-9);
    }

    @Test
    void every_kind_of_inflated_numbers_scores_below_half() {
        for (CreatorMetrics creator : List.of(aCreatorWithBoughtFollowers(), aPodCreator(), aDeadAudience(),
                aSpikeThenPurgeCreator())) {
            AuthenticityScore authenticity = score(creator).authenticity();
            assertTrue(authenticity.score() < 50, creator.creatorId() + " scored " + authenticity.score()
                    + ": " + authenticity.reasons());
        }
    }

    @Test
    void reasons_come_strongest_first_and_share_out_the_lost_points() {
        AuthenticityScore authenticity = score(aCreatorWithBoughtFollowers()).authenticity();
        List<SignalResult> reasons = authenticity.reasons();

        for (int i = 1; i < reasons.size(); i++) {
            assertTrue(reasons.get(i - 1).impact() >= reasons.get(i).impact());
        }
        double lost = reasons.stream().mapToDouble(authenticity::pointsLostTo).sum();
        assertEquals(100 - authenticity.score(), lost, 1e-6);
        assertEquals("growth", reasons.get(0).name());
    }

    @Test
    void verified_views_give_the_organic_reach() {
        var reach = score(aCleanNicheCreatorFromLyon()).organicReach();

        assertTrue(reach.verified());
        assertEquals(9_000, reach.people(), 9_000 * 0.06);
    }

    @Test
    void without_verified_views_reach_is_estimated_from_credible_followers() {
        var clean = score(withProvenance(aCleanNicheCreatorFromLyon(), Provenance.PARTNER_ESTIMATE)).organicReach();
        var bought = score(withProvenance(aCreatorWithBoughtFollowers(), Provenance.PARTNER_ESTIMATE)).organicReach();

        assertFalse(clean.verified());
        assertTrue(clean.explanation().contains("credible followers"), clean.explanation());
        assertTrue(bought.people() < 2.5 * clean.people(),
                "100,000 followers of whom 60% are bots must not reach 2.5 times a clean 40,000: "
                        + bought.people() + " vs " + clean.people());
    }
}
