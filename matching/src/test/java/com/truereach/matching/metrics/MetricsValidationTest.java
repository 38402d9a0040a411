package com.truereach.matching.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MetricsValidationTest {

    @Test
    void codes_are_exactly_their_length_in_ascii_letters_of_their_case() {
        assertTrue(Codes.isUpperCase("FR", 2));
        assertTrue(Codes.isUpperCase("EUR", 3));
        assertTrue(Codes.isLowerCase("fr", 2));
        for (String wrong : new String[] {"fr", "F", "FRA", "F1", "F ", "\u00C9U", "@A", "[A", ""}) {
            assertFalse(Codes.isUpperCase(wrong, 2), wrong);
        }
        for (String wrong : new String[] {"FR", "f", "fra", "f1", "`a", "{a", "\u00E9n"}) {
            assertFalse(Codes.isLowerCase(wrong, 2), wrong);
        }
        assertFalse(Codes.isUpperCase(null, 2));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(100, "eur"));
    }

    @Test
    void history_is_kept_oldest_first_in_whatever_order_it_came() {
        var creator = com.truereach.matching.fixtures.Creators.aCleanNicheCreatorFromLyon();
        List<MetricSnapshot> shuffled = new java.util.ArrayList<>(creator.history());
        java.util.Collections.shuffle(shuffled, new java.util.Random(5));
        CreatorMetrics reread = new CreatorMetrics(creator.creatorId(), creator.platform(), creator.country(),
                creator.languages(), creator.niches(), shuffled, creator.posts(), creator.audience(),
                creator.followerSample(), creator.rate());
        assertEquals(creator.history(), reread.history());
        assertEquals(creator.history().get(creator.history().size() - 1), reread.latest());
    }

    @Test
    void negative_counts_are_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new MetricSnapshot(LocalDate.now(), -1, 0, 0, OptionalLong.empty(), Provenance.VERIFIED));
        assertThrows(IllegalArgumentException.class,
                () -> new Post(Instant.EPOCH, 1, -2, OptionalLong.empty(), 0, false, List.of()));
    }

    @Test
    void audience_shares_must_sum_to_one() {
        assertThrows(IllegalArgumentException.class, () -> new AudienceShares(Map.of("FR", 0.5, "BE", 0.2), Map.of(),
                Map.of(), Provenance.VERIFIED, LocalDate.now()));
        assertThrows(IllegalArgumentException.class, () -> new AudienceShares(Map.of("FR", 1.3), Map.of(),
                Map.of(), Provenance.VERIFIED, LocalDate.now()));
    }

    @Test
    void money_is_positive_minor_units_of_a_real_currency_code() {
        assertThrows(IllegalArgumentException.class, () -> Rate.of(-100, "EUR"));
        assertThrows(IllegalArgumentException.class, () -> Rate.of(100, "euro"));
    }

    @Test
    void niche_shares_must_sum_to_one() {
        assertThrows(IllegalArgumentException.class, () -> NicheShares.of(Map.of(Niche.FOOD, 0.5)));
    }
}
