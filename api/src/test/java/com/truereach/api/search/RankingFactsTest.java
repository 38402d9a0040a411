package com.truereach.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingFactsTest {

  private static CreatorDocument document(Map<String, Double> countries, Long rate, Double authenticity) {
    return new CreatorDocument("8f0e2a8e-0d7a-4c36-9d7a-0f6b3c1f2a10", "Camille Lumière", "a bio", "captions", List.of("wine"), "FR",
        List.of("fr", "en"), List.of("food"), List.of("instagram"), "instagram", 25_000L, 0.041, true, rate, "EUR", countries,
        Map.of("fr", 0.9, "en", 0.1), Map.of("25-34", 0.55, "55plus", 0.45), authenticity, 0.8, 12_000L, false,
        Map.of("food", 1.0), "verified", null, null, new float[] {0.1f}, 3L, "2026-11-26T05:00:00Z");
  }

  @Test
  void every_ranking_field_survives_the_round_trip_and_nothing_else_is_kept() {
    CreatorDocument original = document(Map.of("FR", 0.8123, "BE", 0.1877), 30_000L, 91.5);

    CreatorDocument read = RankingFacts.decode(RankingFacts.encode(original));

    assertThat(read.id()).isEqualTo(original.id());
    assertThat(read.displayName()).isEqualTo("Camille Lumière");
    assertThat(read.languages()).containsExactly("fr", "en");
    assertThat(read.niches()).containsExactly("food");
    assertThat(read.followers()).isEqualTo(25_000L);
    assertThat(read.verified()).isTrue();
    assertThat(read.rateMin()).isEqualTo(30_000L);
    assertThat(read.rateCurrency()).isEqualTo("EUR");
    assertThat(read.audienceCountry()).containsOnlyKeys("FR", "BE");
    assertThat(read.audienceCountry().get("FR")).isCloseTo(0.8123, within(1e-4));
    assertThat(read.audienceAge().get("55plus")).isCloseTo(0.45, within(1e-4));
    assertThat(read.authenticity()).isCloseTo(91.5, within(1e-4));
    assertThat(read.organicReach()).isEqualTo(12_000L);
    assertThat(read.organicReachVerified()).isFalse();
    assertThat(read.nicheShares()).containsEntry("food", 1.0);
    assertThat(read.audienceProvenance()).isEqualTo("verified");
    assertThat(read.bio()).as("search text is not a ranking fact").isNull();
    assertThat(read.topicVector()).isNull();
  }

  @Test
  void missing_fields_stay_missing() {
    CreatorDocument original = document(null, null, null);

    CreatorDocument read = RankingFacts.decode(RankingFacts.encode(original));

    assertThat(read.audienceCountry()).isNull();
    assertThat(read.rateMin()).isNull();
    assertThat(read.authenticity()).isNull();
    assertThat(read.country()).isEqualTo("FR");
  }

  @Test
  void a_value_from_another_format_is_refused_with_a_reason() {
    assertThatThrownBy(() -> RankingFacts.decode("AAAA")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rebuild");
  }

  @Test
  void reach_per_cost_is_the_ranking_formula_for_each_country() {
    Map<String, Double> features = ReachPerCost.of(Map.of("FR", 0.75, "BE", 0.25), "FR", 12_000L, 80.0, 30_000L);

    assertThat(features.get("FR")).isCloseTo(12_000 * 0.75 * 0.8 / 30_000, within(1e-12));
    assertThat(features.get("BE")).isCloseTo(12_000 * 0.25 * 0.8 / 30_000, within(1e-12));
  }

  @Test
  void without_audience_figures_the_home_country_counts_the_share_ranking_assumes() {
    Map<String, Double> features = ReachPerCost.of(Map.of(), "DE", 10_000L, 100.0, 10_000L);

    assertThat(features).containsOnlyKeys("DE");
    assertThat(features.get("DE")).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void a_creator_without_rate_reach_or_score_has_no_features() {
    assertThat(ReachPerCost.of(Map.of("FR", 1.0), "FR", 10_000L, 90.0, null)).isNull();
    assertThat(ReachPerCost.of(Map.of("FR", 1.0), "FR", 0L, 90.0, 10_000L)).isNull();
    assertThat(ReachPerCost.of(Map.of("FR", 1.0), "FR", 10_000L, null, 10_000L)).isNull();
    assertThat(ReachPerCost.of(Map.of("FR", 0.0), "FR", 10_000L, 90.0, 10_000L)).as("no audience there, no feature").isNull();
  }
}
