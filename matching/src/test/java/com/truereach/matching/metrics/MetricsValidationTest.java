package com.truereach.matching.metrics;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class MetricsValidationTest {

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
