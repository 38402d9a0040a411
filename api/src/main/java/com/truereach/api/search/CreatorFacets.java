package com.truereach.api.search;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import io.micronaut.context.annotation.Context;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The facets of a whole discovery result and how many creators it holds (ADR 0012). Counting
 * every match costs more than the rest of a broad search together, so a first page sends a small
 * probe sample beside its hits. A result the probe shows to be huge is estimated from the probe
 * itself; otherwise one follow-up search either samples about {@link FacetSampling#sampleSize()}
 * creators or, for a result up to {@link FacetSampling#exactUpTo()}, counts exactly.
 */
@Context // created at start-up, so settings Elasticsearch would refuse stop the start, not a search
class CreatorFacets {

  private static final List<String> TERMS = List.of("country", "platforms", "niches", "languages");
  private static final String FOLLOWER_TIERS = "followerTiers";
  private static final String TIER_FACET = "followerTier";
  private static final String SAMPLE = "sample";
  // A fixed seed keeps the same query's estimates the same from one request to the next.
  private static final int SEED = 20_261_126;
  private static final Map<String, Aggregation> FACETS = facets();

  private final FacetSampling sampling;

  CreatorFacets(FacetSampling sampling) {
    this.sampling = sampling;
  }

  /** The first sample, small, to learn the size of the result. */
  SearchRequestBody probe(Query query) {
    return sampled(query, sampling.probeProbability());
  }

  /** The probe's estimate, when its sample alone is large enough to stand for the result. */
  Optional<Facets> fromProbe(ResponseBody<?> probe) {
    return sample(probe).filter(s -> sampling.suffices(s.size())).map(Sample::facets);
  }

  /** The search that counts a result the probe did not settle: a sample sized to it, or every match. */
  SearchRequestBody followUp(Query query, ResponseBody<?> probe) {
    Sample first = sample(probe).orElseThrow(() -> new IllegalStateException("the probe's response has no sample"));
    OptionalDouble probability = sampling.probabilityFor(first.facets().total());
    return probability.isPresent() ? sampled(query, probability.getAsDouble()) : exact(query);
  }

  /** The counts from a follow-up (or {@link #exact}) search's response. */
  Facets fromFollowUp(ResponseBody<?> response) {
    return sample(response).map(Sample::facets).orElseGet(() -> fromExact(response));
  }

  /** A search that counts every match. */
  SearchRequestBody exact(Query query) {
    return SearchRequestBody.of(b -> b.query(query).size(0).trackTotalHits(t -> t.enabled(true)).aggregations(FACETS));
  }

  private static SearchRequestBody sampled(Query query, double probability) {
    return SearchRequestBody.of(b -> b.query(query).size(0).trackTotalHits(t -> t.enabled(false))
        .aggregations(SAMPLE, a -> a.randomSampler(r -> r.probability(probability).seed(SEED)).aggregations(FACETS)));
  }

  private static Optional<Sample> sample(ResponseBody<?> response) {
    Aggregate aggregate = response.aggregations().get(SAMPLE);
    if (aggregate == null) {
      return Optional.empty();
    }
    // The client has no type for random_sampler results: read its JSON (typed keys: "sterms#country").
    JsonObject json = aggregate._custom().toJson().asJsonObject();
    long size = json.getJsonNumber("doc_count").longValue(); // the sample's own size, not scaled
    double probability = json.getJsonNumber("probability").doubleValue();
    Map<String, List<CreatorPage.Facet>> values = new LinkedHashMap<>();
    for (String facet : TERMS) {
      values.put(facet, buckets(json.getJsonObject("sterms#" + facet)));
    }
    values.put(TIER_FACET, buckets(json.getJsonObject("range#" + FOLLOWER_TIERS)));
    return Optional.of(new Sample(size, new Facets(values, Math.round(size / probability), true)));
  }

  private record Sample(long size, Facets facets) {}

  private static Facets fromExact(ResponseBody<?> response) {
    Map<String, List<CreatorPage.Facet>> values = new LinkedHashMap<>();
    for (String facet : TERMS) {
      Aggregate terms = response.aggregations().get(facet);
      values.put(facet, terms == null || !terms.isSterms() ? List.of() : terms.sterms().buckets().array().stream()
          .map(b -> new CreatorPage.Facet(b.key().stringValue(), b.docCount())).toList());
    }
    Aggregate tiers = response.aggregations().get(FOLLOWER_TIERS);
    values.put(TIER_FACET, tiers == null || !tiers.isRange() ? List.of() : tiers.range().buckets().array().stream()
        .map(b -> new CreatorPage.Facet(b.key(), b.docCount())).toList());
    if (response.hits().total() == null) {
      throw new IllegalStateException("an exact count came back without its total");
    }
    return new Facets(values, response.hits().total().value(), false);
  }

  private static List<CreatorPage.Facet> buckets(JsonObject aggregate) {
    List<CreatorPage.Facet> values = new ArrayList<>();
    if (aggregate == null) {
      return values;
    }
    for (JsonValue bucket : aggregate.getJsonArray("buckets")) {
      JsonObject b = bucket.asJsonObject();
      // Elasticsearch already scales a sampled bucket's count up by 1 / probability.
      values.add(new CreatorPage.Facet(b.getString("key"), b.getJsonNumber("doc_count").longValue()));
    }
    return values;
  }

  private static Map<String, Aggregation> facets() {
    Map<String, Aggregation> facets = new LinkedHashMap<>();
    for (String facet : TERMS) {
      facets.put(facet, Aggregation.of(a -> a.terms(t -> t.field(facet).size(30))));
    }
    facets.put(FOLLOWER_TIERS, Aggregation.of(a -> a.range(r -> r.field("followers").ranges(tiers()))));
    return facets;
  }

  private static List<AggregationRange> tiers() {
    return List.of(
        AggregationRange.of(r -> r.key("nano").to(10_000.0)),
        AggregationRange.of(r -> r.key("micro").from(10_000.0).to(100_000.0)),
        AggregationRange.of(r -> r.key("mid").from(100_000.0).to(500_000.0)),
        AggregationRange.of(r -> r.key("macro").from(500_000.0).to(1_000_000.0)),
        AggregationRange.of(r -> r.key("mega").from(1_000_000.0)));
  }

  /**
   * Every facet's values, and how many creators the result holds.
   *
   * @param estimated true when the counts and the total are scaled up from a random sample
   */
  public record Facets(Map<String, List<CreatorPage.Facet>> values, long total, boolean estimated) {}
}
