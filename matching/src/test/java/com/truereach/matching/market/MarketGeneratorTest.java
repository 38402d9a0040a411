package com.truereach.matching.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.truereach.matching.metrics.CreatorMetrics;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarketGeneratorTest {

    private final MarketGenerator generator = new MarketGenerator(42, LocalDate.of(2026, 11, 2));

    @Test
    void the_same_seed_and_index_give_the_same_creator() {
        assertEquals(generator.creator(123), new MarketGenerator(42, LocalDate.of(2026, 11, 2)).creator(123));
        assertEquals(generator.creators(50).skip(49).findFirst().orElseThrow(), generator.creator(49));
    }

    @Test
    void a_million_creators_stream_lazily() {
        assertEquals(5, generator.creators(1_000_000).limit(5).count());
    }

    @Test
    void about_fifteen_percent_of_creators_are_fraudulent_and_followers_follow_a_power_law() {
        List<GeneratedCreator> market = generator.creators(4_000).toList();
        Map<FraudKind, Long> kinds = market.stream().collect(Collectors.groupingBy(c -> c.truth().fraud(), Collectors.counting()));
        double fraud = 1 - kinds.get(FraudKind.NONE) / 4_000.0;
        long overMillion = market.stream().filter(c -> c.observed().followers() >= 1_000_000).count();
        long underTenThousand = market.stream().filter(c -> c.observed().followers() < 10_000).count();

        assertEquals(0.15, fraud, 0.02);
        assertTrue(underTenThousand > 2_800, "nano creators: " + underTenThousand);
        assertTrue(overMillion > 0 && overMillion < 60, "mega creators: " + overMillion);
    }

    @Test
    void bought_followers_show_in_the_counts_but_not_in_the_truth() {
        GeneratedCreator bought = generator.creators(2_000).filter(c -> c.truth().fraud() == FraudKind.BOUGHT_FOLLOWERS)
                .findFirst().orElseThrow();
        CreatorMetrics observed = bought.observed();

        assertTrue(observed.followers() > 1.4 * bought.truth().realFollowers());
    }

    @Test
    void creators_are_spread_over_platforms_and_countries() {
        Map<String, Long> countries = generator.creators(2_000).map(c -> c.observed().country())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertTrue(countries.get("US") > countries.get("FR"));
        assertTrue(countries.size() > 15);
    }
}
