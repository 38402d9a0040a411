package com.truereach.api.matches;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.truereach.matching.metrics.AgeBand;
import com.truereach.matching.metrics.AudienceShares;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.metrics.NicheShares;
import com.truereach.matching.metrics.Platform;
import com.truereach.matching.metrics.Provenance;
import com.truereach.matching.metrics.Rate;
import com.truereach.matching.ranking.Candidate;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a creators-index document that ranking reads, and its translation into a matching
 * {@link Candidate} from precomputed fields only (nothing is rescored at query time).
 *
 * <p>Three facts of {@code Candidate} are not in the index today, so they are read when present
 * ({@code nicheShares}, {@code organicReachVerified}, {@code audienceProvenance}) and otherwise
 * approximated, conservatively:
 * <ul>
 *   <li>niche shares: derived from the document's declared {@code niches}, split evenly. The
 *       scores use shares counted from post hashtags (MetricsMapping.niches), so a creator whose
 *       posts concentrate on one of several declared niches is ranked as a generalist until the
 *       index carries the real shares. A creator with no declared niche counts as unclassified.</li>
 *   <li>reach verified: false, so the reach part says "estimated" even for verified views.</li>
 *   <li>audience provenance: verified when the account's counters are verified, else a partner
 *       estimate; only the sentence of the audience part uses it.</li>
 * </ul>
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexedCreator(
    String id,
    String displayName,
    String country,
    List<String> languages,
    List<String> niches,
    String mainPlatform,
    Long followers,
    Boolean verified,
    Long rateMin,
    String rateCurrency,
    Map<String, Double> audienceCountry,
    Map<String, Double> audienceLanguage,
    Map<String, Double> audienceAge,
    Double authenticity,
    Double authenticityConfidence,
    Long organicReach,
    Boolean organicReachVerified,
    Map<String, Double> nicheShares,
    String audienceProvenance) {

  /** Index fields a candidate needs; everything else (captions, vectors) stays in the index. */
  static final List<String> SOURCE_FIELDS = List.of("id", "displayName", "country", "languages", "niches", "mainPlatform",
      "followers", "verified", "rateMin", "rateCurrency", "audienceCountry", "audienceLanguage", "audienceAge", "authenticity",
      "authenticityConfidence", "organicReach", "organicReachVerified", "nicheShares", "audienceProvenance");

  /** The candidate, or empty when the document lacks what ranking needs (no rate, no scored account). */
  Optional<Candidate> candidate(LocalDate today) {
    if (id == null || mainPlatform == null || country == null || rateMin == null || rateMin <= 0 || rateCurrency == null
        || authenticity == null || authenticityConfidence == null) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(
        id,
        Platform.valueOf(mainPlatform.toUpperCase(Locale.ROOT)),
        country,
        languages == null ? List.of() : languages,
        followers == null ? 0 : followers,
        organicReach == null ? 0 : organicReach,
        Boolean.TRUE.equals(organicReachVerified),
        clamp(authenticity, 0, 100),
        clamp(authenticityConfidence, 0, 1),
        audience(today),
        contentShares(),
        Rate.of(rateMin, rateCurrency)));
  }

  private AudienceShares audience(LocalDate today) {
    Map<AgeBand, Double> ages = new EnumMap<>(AgeBand.class);
    normalised(audienceAge).forEach((key, share) -> {
      try {
        ages.merge(AgeBand.fromLabel(key.replace("plus", "+")), share, Double::sum);
      } catch (IllegalArgumentException unknownBand) {
        // A band the engine does not know cannot be targeted; leave it out.
      }
    });
    return new AudienceShares(normalised(audienceCountry), normalised(audienceLanguage), ages, provenance(), today);
  }

  private Provenance provenance() {
    if (audienceProvenance != null) {
      try {
        return Provenance.valueOf(audienceProvenance.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        // fall through to the approximation
      }
    }
    return Boolean.TRUE.equals(verified) ? Provenance.VERIFIED : Provenance.PARTNER_ESTIMATE;
  }

  private NicheShares contentShares() {
    Map<Niche, Double> shares = new EnumMap<>(Niche.class);
    if (nicheShares != null && !nicheShares.isEmpty()) {
      nicheShares.forEach((name, share) -> Niche.fromWireName(name).ifPresent(n -> shares.merge(n, share, Double::sum)));
    } else if (niches != null) {
      // Derived: the declared niches, evenly (see the class comment).
      niches.forEach(name -> Niche.fromWireName(name).ifPresent(n -> shares.put(n, 1.0)));
    }
    return NicheShares.of(normalised(shares));
  }

  /**
   * Shares scaled to sum to exactly 1 (the engine allows 2% of rounding; stored floats may drift)
   * with non-finite or negative values dropped; empty stays empty (unknown).
   */
  static <K> Map<K, Double> normalised(Map<K, Double> shares) {
    if (shares == null || shares.isEmpty()) {
      return Map.of();
    }
    Map<K, Double> kept = new LinkedHashMap<>();
    shares.forEach((key, share) -> {
      if (share != null && Double.isFinite(share) && share > 0) {
        kept.put(key, share);
      }
    });
    double sum = kept.values().stream().mapToDouble(Double::doubleValue).sum();
    if (sum <= 0) {
      return Map.of();
    }
    kept.replaceAll((key, share) -> Math.min(1.0, share / sum));
    return kept;
  }

  private static double clamp(double value, double min, double max) {
    return Math.max(min, Math.min(max, value));
  }
}
