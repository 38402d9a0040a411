package com.truereach.api.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FacetSamplingTest {

  private final FacetSampling defaults = new FacetSampling(0.01, 10_000, 20_000);

  @Test
  void a_result_up_to_the_limit_is_counted_exactly() {
    assertThat(defaults.probabilityFor(0)).isEmpty();
    assertThat(defaults.probabilityFor(20_000)).isEmpty();
  }

  @Test
  void a_larger_result_is_sampled_to_about_the_sample_size() {
    assertThat(defaults.probabilityFor(20_001).getAsDouble()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.001));
    assertThat(defaults.probabilityFor(400_000).getAsDouble() * 400_000).isCloseTo(10_000, org.assertj.core.data.Offset.offset(0.5));
  }

  @Test
  void the_probe_settles_a_result_whose_probe_alone_is_large_enough() {
    assertThat(defaults.suffices(9_999)).isFalse();
    assertThat(defaults.suffices(10_000)).isTrue();
  }

  @Test
  void settings_elasticsearch_would_refuse_fail_at_start() {
    assertThatThrownBy(() -> new FacetSampling(0.6, 10_000, 20_000)).hasMessageContaining("probe-probability");
    assertThatThrownBy(() -> new FacetSampling(0.01, 10_000, 19_999)).hasMessageContaining("exact-up-to");
    assertThatThrownBy(() -> new FacetSampling(0.01, 0, 20_000)).hasMessageContaining("sample-size");
  }
}
