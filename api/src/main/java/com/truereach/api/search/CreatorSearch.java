package com.truereach.api.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.NamedValue;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Discovery over the creators index: one request for hits, highlights and facets. */
@Singleton
public class CreatorSearch {

  static final List<String> TERM_FACETS = List.of("country", "platforms", "niches", "languages");
  private static final String FOLLOWER_TIERS = "followerTiers";

  private final CreatorIndex index;

  CreatorSearch(CreatorIndex index) {
    this.index = index;
  }

  public SearchPage search(CreatorQuery query) {
    SearchRequest request = request(query);
    try {
      SearchResponse<CreatorDocument> response = index.client().search(request, CreatorDocument.class);
      List<Hit<CreatorDocument>> hits = response.hits().hits();
      boolean more = hits.size() > query.limit();
      List<Hit<CreatorDocument>> page = more ? hits.subList(0, query.limit()) : hits;
      Optional<SearchCursor> next = more ? Optional.of(new SearchCursor(page.get(page.size() - 1).sort())) : Optional.empty();
      return new SearchPage(page, facets(response.aggregations()), next);
    } catch (ElasticsearchException e) {
      if (e.status() == 400 && query.after().isPresent()) {
        throw new InvalidCursorException();
      }
      throw new SearchUnavailableException("search failed", e);
    } catch (IOException e) {
      throw new SearchUnavailableException("search is unavailable", e);
    }
  }

  /** The request sent to Elasticsearch; public so benchmarks can send the very same one directly. */
  public SearchRequest request(CreatorQuery query) {
    Query filtered = new Query.Builder().bool(bool(query)).build();
    Query scored = query.sort() == CreatorQuery.Sort.TARGETED_REACH ? targetedReach(filtered, query) : filtered;
    SearchRequest.Builder search = new SearchRequest.Builder()
        .index(index.alias())
        .query(scored)
        .size(query.limit() + 1)
        .trackTotalHits(t -> t.enabled(false))
        .sort(primarySort(query.sort()))
        .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
        .source(s -> s.filter(f -> f.includes(CreatorPage.Item.FIELDS)));
    if (query.text().isPresent()) {
      search.highlight(h -> h.preTags("<em>").postTags("</em>")
          .fields(NamedValue.of("bio", HighlightField.of(f -> f.numberOfFragments(2).fragmentSize(120))))
          .fields(NamedValue.of("captions", HighlightField.of(f -> f.numberOfFragments(2).fragmentSize(120))))
          .fields(NamedValue.of("displayName", HighlightField.of(f -> f.numberOfFragments(0)))));
    }
    if (query.after().isEmpty()) {
      // Facets describe the whole result; a later page reuses the first page's.
      for (String facet : TERM_FACETS) {
        search.aggregations(facet, a -> a.terms(t -> t.field(facet).size(30)));
      }
      search.aggregations(FOLLOWER_TIERS, a -> a.range(r -> r.field("followers").ranges(tiers())));
    }
    query.after().ifPresent(cursor -> search.searchAfter(cursor.values()));
    return search.build();
  }

  private static BoolQuery bool(CreatorQuery query) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    query.text().ifPresentOrElse(
        text -> bool.must(m -> m.multiMatch(mm -> mm.query(text).fields("displayName^3", "bio^2", "hashtagText^2", "captions"))),
        () -> bool.must(m -> m.matchAll(all -> all)));
    terms(bool, "platforms", query.platforms());
    terms(bool, "country", query.countries());
    terms(bool, "languages", query.languages());
    terms(bool, "niches", query.niches());
    range(bool, "followers", query.minFollowers().map(Long::doubleValue), query.maxFollowers().map(Long::doubleValue));
    range(bool, "engagementRate", query.minEngagementRate(), query.maxEngagementRate());
    range(bool, "authenticity", query.minAuthenticity(), Optional.empty());
    if (query.verifiedOnly()) {
      bool.filter(f -> f.term(t -> t.field("verified").value(true)));
    }
    if (query.minRate().isPresent() || query.maxRate().isPresent()) {
      bool.filter(f -> f.term(t -> t.field("rateCurrency").value(query.currency())));
      range(bool, "rateMin", query.minRate().map(Long::doubleValue), query.maxRate().map(Long::doubleValue));
    }
    for (CreatorQuery.AudienceFilter audience : query.audience()) {
      range(bool, audience.field(), Optional.of(audience.minShare()), Optional.empty());
    }
    return bool.build();
  }

  /**
   * Organic reach times the share of the audience inside the target (the first audience country
   * filter, else the first country filter), both precomputed: no scripting at query time.
   */
  private static Query targetedReach(Query filtered, CreatorQuery query) {
    Optional<String> targetField = query.audience().stream()
        .filter(a -> a.dimension() == CreatorQuery.Dimension.COUNTRY).map(CreatorQuery.AudienceFilter::field).findFirst()
        .or(() -> query.countries().stream().findFirst().map(c -> "audienceCountry." + c));
    return Query.of(q -> q.functionScore(fs -> {
      fs.query(filtered).scoreMode(FunctionScoreMode.Multiply).boostMode(FunctionBoostMode.Replace);
      fs.functions(f -> f.fieldValueFactor(v -> v.field("organicReach").missing(0.0).modifier(FieldValueFactorModifier.None)));
      targetField.ifPresent(field -> fs.functions(f -> f.fieldValueFactor(v -> v.field(field).missing(0.0))));
      return fs;
    }));
  }

  private static SortOptions primarySort(CreatorQuery.Sort sort) {
    return switch (sort) {
      case RELEVANCE, TARGETED_REACH -> SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
      case AUTHENTICITY -> byField("authenticity");
      case ENGAGEMENT_RATE -> byField("engagementRate");
      case FOLLOWERS -> byField("followers");
    };
  }

  private static SortOptions byField(String field) {
    return SortOptions.of(s -> s.field(f -> f.field(field).order(SortOrder.Desc).missing(FieldValue.of("_last"))));
  }

  private static void terms(BoolQuery.Builder bool, String field, List<String> values) {
    if (!values.isEmpty()) {
      bool.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }
  }

  private static void range(BoolQuery.Builder bool, String field, Optional<Double> min, Optional<Double> max) {
    if (min.isPresent() || max.isPresent()) {
      bool.filter(f -> f.range(r -> r.number(n -> {
        n.field(field);
        min.ifPresent(n::gte);
        max.ifPresent(n::lte);
        return n;
      })));
    }
  }

  private static List<AggregationRange> tiers() {
    return List.of(
        AggregationRange.of(r -> r.key("nano").to(10_000.0)),
        AggregationRange.of(r -> r.key("micro").from(10_000.0).to(100_000.0)),
        AggregationRange.of(r -> r.key("mid").from(100_000.0).to(500_000.0)),
        AggregationRange.of(r -> r.key("macro").from(500_000.0).to(1_000_000.0)),
        AggregationRange.of(r -> r.key("mega").from(1_000_000.0)));
  }

  private static Map<String, List<FacetValue>> facets(Map<String, Aggregate> aggregations) {
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
    for (String facet : TERM_FACETS) {
      Aggregate aggregate = aggregations.get(facet);
      if (aggregate != null) {
        facets.put(facet, aggregate.sterms().buckets().array().stream()
            .map(b -> new FacetValue(b.key().stringValue(), b.docCount())).toList());
      }
    }
    Aggregate tiers = aggregations.get(FOLLOWER_TIERS);
    if (tiers != null) {
      List<FacetValue> values = new ArrayList<>();
      tiers.range().buckets().array().forEach(b -> values.add(new FacetValue(b.key(), b.docCount())));
      facets.put("followerTier", values);
    }
    return facets;
  }

  /** One value of a facet and how many creators have it. */
  public record FacetValue(String value, long count) {}

  /** One page of hits (with highlights), the facets of the whole result, and the next page's cursor. */
  public record SearchPage(List<Hit<CreatorDocument>> hits, Map<String, List<FacetValue>> facets, Optional<SearchCursor> next) {}

  /** A cursor that decoded but does not fit this query's sort. */
  public static final class InvalidCursorException extends RuntimeException {
    InvalidCursorException() {
      super("cursor does not fit this query");
    }
  }
}
