package com.truereach.api.matches;

import com.truereach.api.search.CreatorDocument;
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
 * Turns a creators-index document into a matching {@link Candidate} from its precomputed fields
 * only (nothing is rescored at query time). Documents written before the index carried niche
 * shares, reach provenance or audience provenance fall back conservatively: declared niches split
 * evenly, reach estimated, audience provenance from the account's counters.
 */
final class CandidateFromIndex {

  private CandidateFromIndex() {}

  /** The candidate, or empty when the document lacks what ranking needs (no rate, no scored account). */
  static Optional<Candidate> of(CreatorDocument doc, LocalDate today) {
    String id = doc.id();
    String mainPlatform = doc.mainPlatform();
    String country = doc.country();
    Long rateMin = doc.rateMin();
    String rateCurrency = doc.rateCurrency();
    Double authenticity = doc.authenticity();
    Double authenticityConfidence = doc.authenticityConfidence();
    if (id == null || mainPlatform == null || country == null || rateMin == null || rateMin <= 0 || rateCurrency == null
        || authenticity == null || authenticityConfidence == null) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(
        id,
        Platform.valueOf(mainPlatform.toUpperCase(Locale.ROOT)),
        country,
        doc.languages() == null ? List.of() : doc.languages(),
        doc.followers() == null ? 0 : doc.followers(),
        doc.organicReach() == null ? 0 : doc.organicReach(),
        Boolean.TRUE.equals(doc.organicReachVerified()),
        clamp(authenticity, 0, 100),
        clamp(authenticityConfidence, 0, 1),
        audience(doc, today),
        contentShares(doc),
        Rate.of(rateMin, rateCurrency)));
  }

  private static AudienceShares audience(CreatorDocument doc, LocalDate today) {
    Map<AgeBand, Double> ages = new EnumMap<>(AgeBand.class);
    normalised(doc.audienceAge()).forEach((key, share) -> {
      try {
        ages.merge(AgeBand.fromLabel(key.replace("plus", "+")), share, Double::sum);
      } catch (IllegalArgumentException unknownBand) {
        // A band the engine does not know cannot be targeted; leave it out.
      }
    });
    return new AudienceShares(normalised(doc.audienceCountry()), normalised(doc.audienceLanguage()), ages, provenance(doc), today);
  }

  private static Provenance provenance(CreatorDocument doc) {
    if (doc.audienceProvenance() != null) {
      try {
        return Provenance.valueOf(doc.audienceProvenance().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        // fall through to the fallback
      }
    }
    return Boolean.TRUE.equals(doc.verified()) ? Provenance.VERIFIED : Provenance.PARTNER_ESTIMATE;
  }

  private static NicheShares contentShares(CreatorDocument doc) {
    Map<Niche, Double> shares = new EnumMap<>(Niche.class);
    if (doc.nicheShares() != null && !doc.nicheShares().isEmpty()) {
      doc.nicheShares().forEach((name, share) -> Niche.fromWireName(name).ifPresent(n -> shares.merge(n, share, Double::sum)));
    } else if (doc.niches() != null) {
      // Fallback: the declared niches, evenly (see the class comment).
      doc.niches().forEach(name -> Niche.fromWireName(name).ifPresent(n -> shares.put(n, 1.0)));
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
