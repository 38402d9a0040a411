package com.truereach.matching.ranking;

import static com.truereach.matching.fixtures.Creators.AS_OF;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.truereach.matching.metrics.AudienceShares;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.NicheShares;
import com.truereach.matching.metrics.Provenance;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

class RankingPropertiesTest {

    private final RankCreatorsForBrief ranker = new RankCreatorsForBrief();
    private final Brief brief = Brief.builder().niche("food").country("FR").language("fr").budget(1_000_000)
            .currency("USD").build();

    @Property
    void more_audience_in_the_target_never_lowers_the_score(
            @ForAll @DoubleRange(min = 0, max = 0.9) double inFrance, @ForAll @DoubleRange(min = 0, max = 0.1) double more,
            @ForAll @DoubleRange(min = 0, max = 1) double frenchSpeaking) {
        double lower = score(audience(inFrance, frenchSpeaking));
        double higher = score(audience(inFrance + more, frenchSpeaking));

        assertTrue(higher >= lower, higher + " < " + lower);
    }

    @Property
    void more_audience_in_the_target_never_lowers_the_rank(
            @ForAll @DoubleRange(min = 0, max = 0.8) double inFrance, @ForAll @DoubleRange(min = 0, max = 0.2) double more) {
        Candidate rival = RankCreatorsForBriefTest.aCandidate("m-rival", 10_000, NicheShares.only(Niche.FOOD),
                audience(0.5, 0.5), 50_000);
        int before = rankOf(audience(inFrance, 0.5), rival);
        int after = rankOf(audience(inFrance + more, 0.5), rival);

        assertTrue(after <= before);
    }

    private int rankOf(AudienceShares audience, Candidate rival) {
        Candidate creator = RankCreatorsForBriefTest.aCandidate("z-creator", 10_000, NicheShares.only(Niche.FOOD), audience, 50_000);
        return ranker.rank(brief, List.of(rival, creator)).stream().filter(r -> r.creatorId().equals("z-creator"))
                .findFirst().orElseThrow().rank();
    }

    private double score(AudienceShares audience) {
        Candidate creator = RankCreatorsForBriefTest.aCandidate("c", 10_000, NicheShares.only(Niche.FOOD), audience, 50_000);
        return ranker.rank(brief, List.of(creator)).get(0).score();
    }

    private static AudienceShares audience(double inFrance, double frenchSpeaking) {
        return new AudienceShares(Map.of("FR", inFrance, "US", 1 - inFrance), Map.of("fr", frenchSpeaking, "en",
                1 - frenchSpeaking), Map.of(), Provenance.VERIFIED, AS_OF);
    }
}
