package com.truereach.api.authenticity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A creator's authenticity with everything it rests on: what GET /v1/creators/{id}/authenticity
 * answers. Figures the engine could not compute (NaN there) are left out rather than sent as NaN,
 * which JSON cannot carry.
 *
 * @param scored false when the creator has no social account yet; every other part is then absent
 */
@Serdeable
@Schema(name = "AuthenticityReport")
public record AuthenticityReport(
    String creatorId,
    boolean scored,
    @Nullable String explanation,
    @Nullable String platform,
    @Nullable String handle,
    @Nullable Double score,
    @Nullable Double confidence,
    @Nullable Reach organicReach,
    @Nullable Benchmark benchmark,
    @Nullable List<Signal> signals,
    @Nullable Credibility audienceCredibility,
    @Nullable String followerModelVersion,
    Instant computedAt) {

  static AuthenticityReport unscored(String creatorId, Instant now) {
    return new AuthenticityReport(creatorId, false,
        "The creator has no social account yet, so there is nothing to score.", null, null, null, null, null, null, null,
        null, null, now);
  }

  /** People one organic post reaches, and how that was obtained. */
  @Serdeable
  @Schema(name = "OrganicReach")
  public record Reach(long people, boolean verified, String explanation) {}

  /**
   * The benchmark cell the creator was compared with.
   *
   * @param source own_cell, same_country_adjacent_tiers, same_tier_same_region, global_tier or built_in_norms
   * @param computedAt when the benchmarks were computed from the catalogue; absent while the built-in norms serve
   */
  @Serdeable
  @Schema(name = "BenchmarkCell")
  public record Benchmark(
      String platform, String country, String tier, int creatorCount, String source, String explanation,
      @Nullable Instant computedAt, Map<String, Spread> figures) {}

  /** Median and quartiles of one figure over the cell's creators; {@code count} 0 for assumed norms. */
  @Serdeable
  @Schema(name = "BenchmarkSpread")
  public record Spread(@Nullable Double median, @Nullable Double lowerQuartile, @Nullable Double upperQuartile, int count) {}

  /**
   * One signal's finding.
   *
   * @param value the measured figure, absent when there was no data
   * @param benchmark what is normal for comparable creators, absent when there is no norm
   * @param health 1 when nothing looks wrong, down to 0.05
   * @param pointsLost points of the 100 this signal took off, sharing the total loss by effect
   */
  @Serdeable
  @Schema(name = "AuthenticitySignal")
  public record Signal(
      String name, @Nullable Double value, @Nullable Double benchmark, double weight, double health, double confidence,
      double pointsLost, String reason) {}

  /**
   * What the sampled followers say about the audience.
   *
   * @param classes share of sampled followers per class (real, mass_follower, suspicious, influencer), 95% intervals
   * @param credibleShare expected share of genuine, non-mass-follower followers, 95% interval
   */
  @Serdeable
  @Schema(name = "AudienceCredibility")
  public record Credibility(
      int sampleSize, @Nullable String explanation, @Nullable Share credibleShare, @Nullable Map<String, Share> classes) {}

  /** A share with its 95% Wilson interval. */
  @Serdeable
  @Schema(name = "ShareEstimate")
  public record Share(double share, double lower, double upper) {}
}
