package com.truereach.matching.ranking;

import static com.truereach.matching.fixtures.Creators.aFrenchAudience;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.truereach.matching.metrics.AudienceShares;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.NicheShares;
import com.truereach.matching.metrics.Platform;
import com.truereach.matching.metrics.Rate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankCreatorsForBriefTest {

    private final RankCreatorsForBrief ranker = new RankCreatorsForBrief();
    private final Brief frenchBeauty = Brief.builder().niche("beauty").country("FR").language("fr")
            .budget(1_000_000).currency("USD").build();

    static Candidate aCandidate(String id, long reach, NicheShares niches, AudienceShares audience, long rate) {
        return new Candidate(id, Platform.INSTAGRAM, "FR", List.of("fr"), reach * 4, reach, true, 95, 0.9, audience,
                niches, Rate.of(rate, "USD"));
    }

    static NicheShares spreadOverTen() {
        Map<Niche, Double> shares = new EnumMap<>(Niche.class);
        for (int i = 0; i < 10; i++) {
            shares.put(Niche.values()[i], 0.1);
        }
        return NicheShares.of(shares);
    }

    @Test
    void a_creator_focused_on_the_niche_beats_one_spread_over_ten() {
        Candidate focused = aCandidate("focused", 10_000,
                NicheShares.of(Map.of(Niche.BEAUTY, 0.9, Niche.FASHION, 0.1)), aFrenchAudience(), 50_000);
        Candidate generalist = aCandidate("generalist", 30_000, spreadOverTen(), aFrenchAudience(), 50_000);

        List<RankedCreator> ranked = ranker.rank(frenchBeauty, List.of(generalist, focused));

        assertEquals("focused", ranked.get(0).creatorId());
    }

    @Test
    void the_score_is_its_parts_multiplied_and_divided_by_cost() {
        RankedCreator ranked = ranker.rank(frenchBeauty, List.of(aCandidate("lyon", 9_000,
                NicheShares.only(Niche.BEAUTY), aFrenchAudience(), 60_000))).get(0);

        List<ScorePart> parts = ranked.parts();
        assertEquals(List.of("organic reach", "audience in target", "niche relevance", "authenticity", "cost"),
                parts.stream().map(ScorePart::name).toList());
        double product = parts.get(0).value() * parts.get(1).value() * parts.get(2).value() * parts.get(3).value();
        assertEquals(product, ranked.engagedInTarget(), 1e-9);
        assertEquals(product / parts.get(4).value(), ranked.score(), 1e-9);
        parts.forEach(part -> assertTrue(part.explanation().endsWith("."), part.explanation()));
    }

    @Test
    void followers_without_reach_do_not_rank() {
        Candidate manyFollowers = new Candidate("big", Platform.INSTAGRAM, "FR", List.of("fr"), 2_000_000, 1_000, false,
                95, 0.9, aFrenchAudience(), NicheShares.only(Niche.BEAUTY), Rate.of(50_000, "USD"));
        Candidate realReach = aCandidate("real", 20_000, NicheShares.only(Niche.BEAUTY), aFrenchAudience(), 50_000);

        assertEquals("real", ranker.rank(frenchBeauty, List.of(manyFollowers, realReach)).get(0).creatorId());
    }

    @Test
    void ties_are_broken_by_creator_id_whatever_the_input_order() {
        Candidate b = aCandidate("b", 10_000, NicheShares.only(Niche.BEAUTY), aFrenchAudience(), 50_000);
        Candidate a = aCandidate("a", 10_000, NicheShares.only(Niche.BEAUTY), aFrenchAudience(), 50_000);

        assertEquals(List.of("a", "b"), ranker.rank(frenchBeauty, List.of(b, a)).stream().map(RankedCreator::creatorId).toList());
        assertEquals(List.of("a", "b"), ranker.rank(frenchBeauty, List.of(a, b)).stream().map(RankedCreator::creatorId).toList());
    }

    @Test
    void creators_outside_the_platforms_currency_or_budget_are_left_out() {
        Candidate tooExpensive = aCandidate("expensive", 10_000, NicheShares.only(Niche.BEAUTY), aFrenchAudience(), 2_000_000);
        Candidate inEuros = new Candidate("euros", Platform.INSTAGRAM, "FR", List.of("fr"), 1, 10_000, true, 95, 0.9,
                aFrenchAudience(), NicheShares.only(Niche.BEAUTY), Rate.of(50_000, "EUR"));
        Brief tiktokOnly = Brief.builder().niche("beauty").platform(Platform.TIKTOK).currency("USD").build();

        assertTrue(ranker.rank(frenchBeauty, List.of(tooExpensive, inEuros)).isEmpty());
        assertTrue(ranker.rank(tiktokOnly, List.of(aCandidate("ig", 10_000, NicheShares.only(Niche.BEAUTY),
                aFrenchAudience(), 50_000))).isEmpty());
    }

    @Test
    void a_limit_returns_the_best_first_page() {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            candidates.add(aCandidate(String.format("c%04d", i), 1_000 + i, NicheShares.only(Niche.BEAUTY),
                    aFrenchAudience(), 50_000));
        }
        List<RankedCreator> page = ranker.rank(frenchBeauty, candidates, 50);

        assertEquals(50, page.size());
        assertEquals("c0999", page.get(0).creatorId());
        assertEquals(50, page.get(49).rank());
    }
}
