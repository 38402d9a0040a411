package com.truereach.api.search;

import com.truereach.matching.audience.AudienceTarget;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first rank of matching, precomputed per audience country so the index can rank a brief's
 * candidates with top-k pruning instead of scoring every document:
 * <pre>reachPerCost[c] = organic reach × share of the audience in c × authenticity ÷ 100 ÷ lowest rate</pre>
 * Summed over a brief's target countries this is the ranking's own formula with the country share
 * as ranking computes it; a creator without audience figures counts the share ranking assumes in
 * their home country. Only positive values are kept (the index stores features, not zeros).
 */
public final class ReachPerCost {

  private ReachPerCost() {}

  /** The features, or {@code null} when the creator cannot be ranked (no rate, reach or score). */
  static Map<String, Double> of(Map<String, Double> audienceCountries, String homeCountry, Long organicReach,
      Double authenticity, Long rateMin) {
    if (organicReach == null || organicReach <= 0 || authenticity == null || authenticity <= 0 || rateMin == null
        || rateMin <= 0) {
      return null;
    }
    double perShare = organicReach * Math.min(authenticity, 100.0) / 100.0 / rateMin;
    Map<String, Double> features = new TreeMap<>();
    if (audienceCountries == null || audienceCountries.isEmpty()) {
      if (homeCountry != null) {
        features.put(homeCountry, perShare * AudienceTarget.ASSUMED_HOME_SHARE);
      }
    } else {
      audienceCountries.forEach((country, share) -> {
        if (share != null && Double.isFinite(share) && share > 0) {
          features.put(country, perShare * Math.min(share, 1.0));
        }
      });
    }
    // Features are stored as floats with about three significant digits; a value below float's
    // normal range cannot be stored and would rank last anyway.
    features.values().removeIf(value -> !(value >= Float.MIN_NORMAL) || !Double.isFinite(value));
    return features.isEmpty() ? null : features;
  }
}
