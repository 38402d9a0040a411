package com.truereach.api.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How discovery counts its facets (ADR 0012): a small probe sample sizes the result; a result
 * above {@code exactUpTo} is then counted from a random sample of about {@code sampleSize}
 * creators, a smaller one exactly.
 *
 * @param probeProbability the share of matches the probe keeps
 * @param sampleSize how many creators an estimate rests on
 * @param exactUpTo results up to about this many creators are counted exactly; at least twice
 *     {@code sampleSize}, since Elasticsearch's random sampler keeps at most half
 */
@ConfigurationProperties("truereach.search.facets")
public record FacetSampling(
    @Bindable(defaultValue = "0.01") double probeProbability,
    @Bindable(defaultValue = "10000") long sampleSize,
    @Bindable(defaultValue = "20000") long exactUpTo) {

  private static final double MAX_PROBABILITY = 0.5;

  public FacetSampling {
    if (!(probeProbability > 0 && probeProbability <= MAX_PROBABILITY)) {
      throw new IllegalArgumentException("truereach.search.facets.probe-probability must be in (0, 0.5], was " + probeProbability);
    }
    if (sampleSize < 1) {
      throw new IllegalArgumentException("truereach.search.facets.sample-size must be positive, was " + sampleSize);
    }
    if (exactUpTo < sampleSize / MAX_PROBABILITY) {
      throw new IllegalArgumentException("truereach.search.facets.exact-up-to must be at least twice sample-size, was " + exactUpTo);
    }
  }

  /** Whether a sample of this many creators is large enough to stand for the whole result. */
  boolean suffices(long sampled) {
    return sampled >= sampleSize;
  }

  /** The probability that samples about {@code sampleSize} creators of {@code estimatedTotal}, or empty to count exactly. */
  java.util.OptionalDouble probabilityFor(long estimatedTotal) {
    return estimatedTotal > exactUpTo ? java.util.OptionalDouble.of((double) sampleSize / estimatedTotal) : java.util.OptionalDouble.empty();
  }
}
