package com.truereach.matching.signals;

import static com.truereach.matching.fixtures.Creators.aCleanNicheCreatorFromLyon;
import static com.truereach.matching.fixtures.Creators.aCreatorWhosePostWentViral;
import static com.truereach.matching.fixtures.Creators.aCreatorWithBoughtFollowers;
import static com.truereach.matching.fixtures.Creators.aDeadAudience;
import static com.truereach.matching.fixtures.Creators.aPodCreator;
import static com.truereach.matching.fixtures.Creators.aSpikeThenPurgeCreator;
import static com.truereach.matching.fixtures.Creators.frenchMicroInstagram;
import static com.truereach.matching.fixtures.Creators.withFollowerSample;
import static com.truereach.matching.fixtures.Creators.withProvenance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.truereach.matching.authenticity.FollowerClassifier;
import com.truereach.matching.metrics.CreatorMetrics;
import com.truereach.matching.metrics.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignalsTest {

    private static SignalResult evaluate(Signal signal, CreatorMetrics creator) {
        return signal.evaluate(Evidence.gather(creator, frenchMicroInstagram(), FollowerClassifier.loadDefault()));
    }

    @Test
    void a_clean_niche_creator_raises_no_signal() {
        for (Signal signal : CreatorScorer.standardSignals()) {
            SignalResult result = evaluate(signal, aCleanNicheCreatorFromLyon());
            assertEquals(1.0, result.health(), 1e-9, result.name() + ": " + result.reason());
            assertFalse(result.reason().isBlank());
        }
    }

    @Test
    void a_follower_sample_full_of_bots_lowers_audience_credibility() {
        SignalResult result = evaluate(new AudienceCredibilitySignal(), aCreatorWithBoughtFollowers());

        assertTrue(result.health() < 0.8, result.reason());
        assertTrue(result.value() < 0.65, result.reason());
        assertTrue(result.reason().contains("look like bots"), result.reason());
    }

    @Test
    void without_a_follower_sample_credibility_claims_nothing() {
        SignalResult result = evaluate(new AudienceCredibilitySignal(), withFollowerSample(aCleanNicheCreatorFromLyon(), List.of()));

        assertEquals(0.0, result.confidence());
        assertEquals(1.0, result.scoreFactor());
    }

    @Test
    void engagement_far_below_the_benchmark_marks_a_dead_audience() {
        SignalResult result = evaluate(new EngagementSignal(), aDeadAudience());

        assertTrue(result.health() < 0.2, result.reason());
        assertEquals(0.03, result.benchmark());
        assertTrue(result.reason().contains("inactive or bought"), result.reason());
    }

    @Test
    void engagement_far_above_the_benchmark_with_generic_comments_marks_a_pod() {
        SignalResult result = evaluate(new EngagementSignal(), aPodCreator());

        assertTrue(result.health() <= 0.4, result.reason());
        assertTrue(result.reason().contains("pod"), result.reason());
    }

    @Test
    void a_jump_in_followers_that_no_post_explains_lowers_growth() {
        SignalResult result = evaluate(new GrowthSignal(), aCreatorWithBoughtFollowers());

        assertTrue(result.health() < 0.1, result.reason());
        assertTrue(result.reason().contains("no post to explain it"), result.reason());
    }

    @Test
    void a_jump_explained_by_a_viral_post_is_not_held_against_the_creator() {
        SignalResult result = evaluate(new GrowthSignal(), aCreatorWhosePostWentViral());

        assertEquals(1.0, result.health(), result.reason());
        assertTrue(result.reason().contains("viral"), result.reason());
    }

    @Test
    void a_spike_then_purge_is_recognised() {
        SignalResult result = evaluate(new GrowthSignal(), aSpikeThenPurgeCreator());

        assertEquals(0.15, result.health(), 1e-9, result.reason());
        assertTrue(result.reason().contains("purged"), result.reason());
    }

    @Test
    void a_pod_leaves_too_few_likes_per_comment() {
        SignalResult result = evaluate(new LikesPerCommentSignal(), aPodCreator());

        assertTrue(result.value() < 35 / 2.5);
        assertTrue(result.health() < 1.0, result.reason());
        assertTrue(result.reason().contains("comment pods"), result.reason());
    }

    @Test
    void a_pod_leaves_mostly_generic_comments() {
        SignalResult result = evaluate(new GenericCommentsSignal(), aPodCreator());

        assertTrue(result.value() > 0.8);
        assertTrue(result.health() < 0.4, result.reason());
    }

    @Test
    void the_lexicon_knows_stock_phrases_and_emoji_but_not_real_questions() {
        assertTrue(GenericCommentLexicon.isGeneric("Nice!! 🔥"));
        assertTrue(GenericCommentLexicon.isGeneric("🔥🔥"));
        assertTrue(GenericCommentLexicon.isGeneric("J'adore"));
        assertTrue(GenericCommentLexicon.isGeneric("Schön"));
        assertTrue(GenericCommentLexicon.isGeneric("great pic"));
        assertFalse(GenericCommentLexicon.isGeneric("where did you get that jacket?"));
        assertFalse(GenericCommentLexicon.isGeneric("これはすごい"));
    }

    @Test
    void following_as_many_as_follow_you_looks_like_follow_for_follow() {
        CreatorMetrics creator = aCleanNicheCreatorFromLyon();
        var latest = creator.latest();
        var inflated = new com.truereach.matching.metrics.MetricSnapshot(latest.date().plusDays(1), latest.followers(),
                latest.followers(), latest.posts(), latest.views(), latest.provenance());
        var history = new java.util.ArrayList<>(creator.history());
        history.add(inflated);
        CreatorMetrics f4f = new CreatorMetrics(creator.creatorId(), creator.platform(), creator.country(),
                creator.languages(), creator.niches(), history, creator.posts(), creator.audience(),
                creator.followerSample(), creator.rate());

        SignalResult result = evaluate(new FollowForFollowSignal(), f4f);

        assertEquals(1.0, result.value(), 1e-9);
        assertEquals(0.75, result.health(), 1e-9, result.reason());
    }

    @Test
    void sponsored_posts_are_measured_against_organic_ones() {
        SignalResult result = evaluate(new SponsoredSignal(), aCleanNicheCreatorFromLyon());

        assertEquals(0.2, result.value(), 1e-9);
        assertTrue(result.reason().contains("engage about as organic posts do"), result.reason());
    }

    @Test
    void self_declared_figures_weigh_less_than_verified_ones() {
        CreatorMetrics declared = withProvenance(aDeadAudience(), Provenance.SELF_DECLARED);

        SignalResult verifiedEngagement = evaluate(new EngagementSignal(), aDeadAudience());
        SignalResult declaredEngagement = evaluate(new EngagementSignal(), declared);
        SignalResult provenance = evaluate(new ProvenanceSignal(), declared);

        assertTrue(declaredEngagement.confidence() < verifiedEngagement.confidence());
        assertTrue(declaredEngagement.scoreFactor() > verifiedEngagement.scoreFactor());
        assertTrue(provenance.health() < 1.0);
        assertTrue(provenance.reason().contains("declared by the creator"), provenance.reason());
    }
}
