package com.truereach.api.search;

import java.util.List;
import java.util.Optional;

/** A discovery query: free text, filters, a sort, a page size and where the previous page ended. */
public record CreatorQuery(
    Optional<String> text,
    List<String> platforms,
    List<String> countries,
    List<String> languages,
    List<String> niches,
    Optional<Long> minFollowers,
    Optional<Long> maxFollowers,
    Optional<Double> minEngagementRate,
    Optional<Double> maxEngagementRate,
    Optional<Double> minAuthenticity,
    boolean verifiedOnly,
    Optional<Long> minRate,
    Optional<Long> maxRate,
    String currency,
    List<AudienceFilter> audience,
    Sort sort,
    int limit,
    Optional<SearchCursor> after) {

  /** At least {@code minShare} of the audience in {@code key} of a dimension (country, age, language). */
  public record AudienceFilter(Dimension dimension, String key, double minShare) {
    String field() {
      return dimension.field + "." + (dimension == Dimension.AGE ? key.replace("+", "plus") : key);
    }
  }

  public enum Dimension {
    COUNTRY("audienceCountry"), LANGUAGE("audienceLanguage"), AGE("audienceAge");

    final String field;

    Dimension(String field) {
      this.field = field;
    }
  }

  /** Orders offered to clients; all descending. */
  public enum Sort {
    RELEVANCE, TARGETED_REACH, AUTHENTICITY, ENGAGEMENT_RATE, FOLLOWERS
  }
}
