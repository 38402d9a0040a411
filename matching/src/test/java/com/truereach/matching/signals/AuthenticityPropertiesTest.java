package com.truereach.matching.signals;

import static com.truereach.matching.fixtures.Creators.aBotFollower;
import static com.truereach.matching.fixtures.Creators.aCleanNicheCreatorFromLyon;
import static com.truereach.matching.fixtures.Creators.aGenuineFollower;
import static com.truereach.matching.fixtures.Creators.aPodCreator;
import static com.truereach.matching.fixtures.Creators.frenchMicroInstagram;
import static com.truereach.matching.fixtures.Creators.withFollowerSample;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.truereach.matching.authenticity.AccountProfile;
import com.truereach.matching.metrics.CreatorMetrics;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AuthenticityPropertiesTest {

    private final CreatorScorer scorer = CreatorScorer.standard();

    @Property(tries = 60)
    void more_bots_in_the_follower_sample_never_raise_authenticity(
            @ForAll @IntRange(min = 1, max = 60) int sampleSize, @ForAll @IntRange(min = 0, max = 60) int bots,
            @ForAll boolean pod) {
        int botsBefore = Math.min(bots, sampleSize - 1);
        CreatorMetrics base = pod ? aPodCreator() : aCleanNicheCreatorFromLyon();

        double before = authenticity(base, sample(sampleSize, botsBefore));
        double replaced = authenticity(base, sample(sampleSize, botsBefore + 1));
        List<AccountProfile> appended = new ArrayList<>(sample(sampleSize, botsBefore));
        appended.add(aBotFollower());
        double added = authenticity(base, appended);

        assertTrue(replaced <= before + 1e-9, replaced + " > " + before);
        assertTrue(added <= before + 1e-9, added + " > " + before);
    }

    private double authenticity(CreatorMetrics creator, List<AccountProfile> sample) {
        return scorer.score(withFollowerSample(creator, sample), frenchMicroInstagram()).authenticity().score();
    }

    private static List<AccountProfile> sample(int size, int bots) {
        List<AccountProfile> sample = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            sample.add(i < bots ? aBotFollower() : aGenuineFollower(i));
        }
        return sample;
    }
}
