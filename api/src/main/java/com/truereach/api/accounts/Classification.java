package com.truereach.api.accounts;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.truereach.matching.authenticity.AccountClassification;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer to POST /v1/accounts/classify: one verdict per profile, in request order. */
@Serdeable
@Schema(name = "AccountClassifications")
public record Classification(String modelVersion, double suspiciousThreshold, List<Item> items) {

  /**
   * One profile's verdict.
   *
   * @param index position of the profile in the request
   * @param username echoed when the request gave one
   * @param followerClass real, mass_follower, suspicious or influencer
   * @param probabilityInauthentic calibrated probability that the account is fake or bought
   * @param confidence share of the model's usual evidence the profile provided, in [0, 1]
   * @param reasons sentences a person can check, strongest first
   */
  @Serdeable
  @Schema(name = "AccountClassification")
  public record Item(
      int index,
      @Nullable String username,
      @JsonProperty("class") String followerClass,
      double probabilityInauthentic,
      double confidence,
      List<String> reasons) {

    static Item of(int index, @Nullable String username, AccountClassification verdict) {
      return new Item(index, username, verdict.followerClass().wireName(), verdict.probabilityInauthentic(),
          verdict.confidence(), verdict.reasons());
    }
  }
}
