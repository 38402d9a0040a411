package com.truereach.matching.authenticity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StumpBoostingTest {

    private static final List<Feature> FEATURES = List.of(Feature.PROFILE_PICTURE, Feature.BIOGRAPHY_LENGTH);

    @Test
    void an_input_that_separates_the_classes_gets_the_expected_direction() {
        StumpBoosting.AdditiveScore score = fit();
        FeatureShape picture = score.shapes().get(0);

        assertTrue(picture.contribution(0) > 0, "no picture should point to fake");
        assertTrue(picture.contribution(1) < 0, "a picture should point to genuine");
    }

    @Test
    void an_unknown_input_counts_at_its_average_effect() {
        StumpBoosting.AdditiveScore score = fit();
        FeatureShape picture = score.shapes().get(0);

        // Half the accounts have a picture: the centred steps must balance around zero.
        assertEquals(0, (picture.contribution(0) + picture.contribution(1)) / 2, 1e-9);
        assertEquals(0, picture.contribution(AccountFeatures.MISSING));
    }

    @Test
    void an_input_that_is_never_known_gets_no_weight() {
        FeatureShape bio = fit().shapes().get(1);

        assertEquals(0, bio.spread());
        assertEquals(0, bio.contribution(12));
    }

    @Test
    void training_is_deterministic() {
        StumpBoosting.AdditiveScore first = fit();
        StumpBoosting.AdditiveScore second = fit();

        assertEquals(first.base(), second.base());
        assertTrue(Arrays.equals(first.shapes().get(0).logOdds(), second.shapes().get(0).logOdds()));
    }

    private static StumpBoosting.AdditiveScore fit() {
        int n = 200;
        double[][] x = new double[n][2];
        boolean[] fake = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean hasPicture = i % 2 == 0;
            x[i][0] = hasPicture ? 1 : 0;
            x[i][1] = AccountFeatures.MISSING;
            // 90% of accounts without a picture are fake, 10% of those with one.
            fake[i] = hasPicture ? i % 20 == 0 : i % 20 != 1;
        }
        double[] weights = new double[n];
        Arrays.fill(weights, 1);
        return new StumpBoosting(new StumpBoosting.Settings(50, 0.1, 1, 1, 8)).fit(FEATURES, x, fake, weights);
    }
}
