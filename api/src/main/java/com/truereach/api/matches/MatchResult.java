package com.truereach.api.matches;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What POST /v1/matches answers: the ranked creators, best first, each with the parts its score
 * is the product of.
 *
 * @param candidatesConsidered creators the first stage found and ranking weighed
 * @param formula how the score is made, in one line
 */
@Serdeable
@Schema(name = "MatchResult")
public record MatchResult(String currency, int candidatesConsidered, String formula, List<Item> items) {

  static final String FORMULA = "score = organic reach × audience in target × niche relevance × authenticity ÷ rate:"
      + " expected engaged people inside the target per major unit of the currency";

  /**
   * One ranked creator.
   *
   * @param score the total: expected engaged people inside the target per major currency unit
   * @param engagedInTarget expected engaged people inside the target for one post, before cost
   * @param parts organic reach, audience in target, niche relevance, authenticity and cost, in that order
   */
  @Serdeable
  @Schema(name = "MatchedCreator")
  public record Item(
      int rank,
      String creatorId,
      @Nullable String displayName,
      String platform,
      String country,
      long followers,
      Rate rate,
      double score,
      double engagedInTarget,
      List<Part> parts) {}

  /** A creator's lowest rate on the platform, in minor units. */
  @Serdeable
  @Schema(name = "MatchRate")
  public record Rate(long amount, String currency) {}

  /** One factor of the score: its value and a sentence saying what it means. */
  @Serdeable
  @Schema(name = "ScorePart")
  public record Part(String name, double value, String explanation) {}
}
