package com.truereach.api.search;

import java.util.List;
import java.util.Optional;

/**
 * The fixed mix of discovery queries the search benchmark sends (docs/benchmarks/catalog.md): the
 * same parameters go to the API and, built into the very request the API would send, straight to
 * Elasticsearch.
 */
record QueryShape(String parameters, CreatorQuery query) {

  static List<QueryShape> mix() {
    return List.of(
        shape("q=food", b -> b.text("food")),
        shape("q=fitness&country=DE", b -> b.text("fitness").countries("DE")),
        shape("country=FR", b -> b.countries("FR")),
        shape("country=US&sort=followers", b -> b.countries("US").sort(CreatorQuery.Sort.FOLLOWERS)),
        shape("niche=beauty&sort=authenticity", b -> b.niches("beauty").sort(CreatorQuery.Sort.AUTHENTICITY)),
        shape("platform=tiktok&minFollowers=10000", b -> b.platforms("tiktok").minFollowers(10_000)),
        shape("minFollowers=100000&maxFollowers=500000", b -> b.minFollowers(100_000).maxFollowers(500_000)),
        shape("language=es", b -> b.languages("es")),
        shape("minEngagementRate=0.03", b -> b.minEngagementRate(0.03)),
        shape("minAuthenticity=70", b -> b.minAuthenticity(70)),
        shape("verifiedOnly=true&niche=travel", b -> b.verifiedOnly().niches("travel")),
        shape("maxRate=50000&currency=EUR", b -> b.maxRate(50_000)),
        shape("audienceCountry=FR:0.3", b -> b.audience(CreatorQuery.Dimension.COUNTRY, "FR", 0.3)),
        shape("audienceAge=18-24:0.3&niche=gaming", b -> b.audience(CreatorQuery.Dimension.AGE, "18-24", 0.3).niches("gaming")),
        shape("audienceLanguage=en:0.5&sort=engagement_rate", b -> b.audience(CreatorQuery.Dimension.LANGUAGE, "en", 0.5).sort(CreatorQuery.Sort.ENGAGEMENT_RATE)),
        shape("sort=targeted_reach&audienceCountry=US:0.2", b -> b.audience(CreatorQuery.Dimension.COUNTRY, "US", 0.2).sort(CreatorQuery.Sort.TARGETED_REACH)),
        shape("q=travel&minAuthenticity=60&country=ES", b -> b.text("travel").minAuthenticity(60).countries("ES")),
        shape("q=tech&platform=youtube&sort=followers", b -> b.text("tech").platforms("youtube").sort(CreatorQuery.Sort.FOLLOWERS)),
        shape("niche=food&niche=travel&country=IT", b -> b.niches("food", "travel").countries("IT")),
        shape("q=music&limit=50", b -> b.text("music").limit(50)),
        shape("country=BR&language=pt&minFollowers=5000&sort=authenticity", b -> b.countries("BR").languages("pt").minFollowers(5000).sort(CreatorQuery.Sort.AUTHENTICITY)),
        shape("", b -> b));
  }

  private static QueryShape shape(String parameters, java.util.function.UnaryOperator<Builder> spec) {
    return new QueryShape(parameters, spec.apply(new Builder()).build());
  }

  /** Builds the query exactly as the controller would for the same parameters. */
  static final class Builder {
    Optional<String> text = Optional.empty();
    List<String> platforms = List.of(), countries = List.of(), languages = List.of(), niches = List.of();
    Optional<Long> minFollowers = Optional.empty(), maxFollowers = Optional.empty(), maxRate = Optional.empty();
    Optional<Double> minEngagementRate = Optional.empty(), minAuthenticity = Optional.empty();
    boolean verifiedOnly;
    List<CreatorQuery.AudienceFilter> audience = new java.util.ArrayList<>();
    CreatorQuery.Sort sort = CreatorQuery.Sort.RELEVANCE;
    int limit = 20;

    Builder text(String t) { text = Optional.of(t); return this; }
    Builder platforms(String... v) { platforms = List.of(v); return this; }
    Builder countries(String... v) { countries = List.of(v); return this; }
    Builder languages(String... v) { languages = List.of(v); return this; }
    Builder niches(String... v) { niches = List.of(v); return this; }
    Builder minFollowers(long v) { minFollowers = Optional.of(v); return this; }
    Builder maxFollowers(long v) { maxFollowers = Optional.of(v); return this; }
    Builder maxRate(long v) { maxRate = Optional.of(v); return this; }
    Builder minEngagementRate(double v) { minEngagementRate = Optional.of(v); return this; }
    Builder minAuthenticity(double v) { minAuthenticity = Optional.of(v); return this; }
    Builder verifiedOnly() { verifiedOnly = true; return this; }
    Builder audience(CreatorQuery.Dimension d, String key, double share) { audience.add(new CreatorQuery.AudienceFilter(d, key, share)); return this; }
    Builder sort(CreatorQuery.Sort s) { sort = s; return this; }
    Builder limit(int l) { limit = l; return this; }

    CreatorQuery build() {
      return new CreatorQuery(text, platforms, countries, languages, niches, minFollowers, maxFollowers, minEngagementRate,
          Optional.empty(), minAuthenticity, verifiedOnly, Optional.empty(), maxRate, "EUR", audience, sort, limit, Optional.empty());
    }
  }
}
