package com.truereach.api.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.ResponseBody;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.util.NamedValue;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Discovery over the creators index. A first page is one {@code _msearch}: the page of hits
 * (highlighted) beside a probe of the facets; a result the probe does not settle takes one more
 * search to count it (see {@link CreatorFacets}). Later pages are the hits alone.
 */
@Singleton
public class CreatorSearch {

  private final CreatorIndex index;
  private final CreatorFacets facets;

  CreatorSearch(CreatorIndex index, CreatorFacets facets) {
    this.index = index;
    this.facets = facets;
  }

  public SearchPage search(CreatorQuery query) {
    if (query.after().isPresent() && !query.after().get().order().equals(order(query))) {
      throw new InvalidCursorException();
    }
    Query filtered = filtered(query);
    List<MultiSearchResponseItem<CreatorDocument>> first = send(firstRound(query, filtered), query);
    ResponseBody<CreatorDocument> hitsResponse = first.get(0).result();
    Optional<CreatorFacets.Facets> counted =
        query.after().isEmpty() ? Optional.of(count(query, filtered, first.get(1).result())) : Optional.empty();
    List<Hit<CreatorDocument>> hits = hitsResponse.hits().hits();
    boolean more = hits.size() > query.limit();
    List<Hit<CreatorDocument>> page = more ? hits.subList(0, query.limit()) : hits;
    Optional<SearchCursor> next = more ? Optional.of(new SearchCursor(order(query), page.get(page.size() - 1).sort())) : Optional.empty();
    return new SearchPage(page, counted, next);
  }

  private CreatorFacets.Facets count(CreatorQuery query, Query filtered, ResponseBody<CreatorDocument> probe) {
    try {
      return facets.fromProbe(probe).orElseGet(() ->
          facets.fromFollowUp(send(List.of(facets.followUp(filtered, probe)), query).get(0).result()));
    } catch (SearchUnavailableException e) {
      throw e;
    } catch (RuntimeException e) {
      // An answer whose facets cannot be read is Elasticsearch's fault, not the caller's.
      throw new SearchUnavailableException("facet counts unreadable", e);
    }
  }

  /**
   * The searches of the first request: the hits, and on a first page the facets' probe. Public,
   * with {@link #followUp}, so benchmarks can send the very same requests directly.
   */
  public List<SearchRequestBody> firstRound(CreatorQuery query) {
    return firstRound(query, filtered(query));
  }

  private List<SearchRequestBody> firstRound(CreatorQuery query, Query filtered) {
    List<SearchRequestBody> searches = new ArrayList<>();
    searches.add(hits(query, filtered));
    if (query.after().isEmpty()) {
      searches.add(facets.probe(filtered));
    }
    return searches;
  }

  /** The second request of a first page, if it needs one: a sized sample or an exact count. */
  public Optional<SearchRequestBody> followUp(CreatorQuery query) {
    if (query.after().isPresent()) {
      return Optional.empty();
    }
    Query filtered = filtered(query);
    ResponseBody<CreatorDocument> probe = send(List.of(facets.probe(filtered)), query).get(0).result();
    return facets.fromProbe(probe).isPresent() ? Optional.empty() : Optional.of(facets.followUp(filtered, probe));
  }

  private static Query filtered(CreatorQuery query) {
    return new Query.Builder().bool(bool(query)).build();
  }

  private List<MultiSearchResponseItem<CreatorDocument>> send(List<SearchRequestBody> searches, CreatorQuery query) {
    MsearchRequest.Builder request = new MsearchRequest.Builder();
    for (SearchRequestBody search : searches) {
      request.searches(s -> s.header(h -> h.index(index.alias())).body(search));
    }
    try {
      List<MultiSearchResponseItem<CreatorDocument>> responses = index.client().msearch(request.build(), CreatorDocument.class).responses();
      for (MultiSearchResponseItem<CreatorDocument> item : responses) {
        if (item.isFailure()) {
          if (item.failure().status() == 400 && query.after().isPresent()) {
            throw new InvalidCursorException();
          }
          throw new SearchUnavailableException("search failed: " + item.failure().error().reason(), null);
        }
      }
      return responses;
    } catch (ElasticsearchException e) {
      throw new SearchUnavailableException("search failed", e);
    } catch (IOException e) {
      throw new SearchUnavailableException("search is unavailable", e);
    }
  }

  private static SearchRequestBody hits(CreatorQuery query, Query filtered) {
    Query scored = query.sort() == CreatorQuery.Sort.TARGETED_REACH ? targetedReach(filtered, query) : filtered;
    SearchRequestBody.Builder search = new SearchRequestBody.Builder()
        .query(scored)
        .size(query.limit() + 1)
        .trackTotalHits(t -> t.enabled(false))
        .sort(primarySort(query))
        .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
        .source(s -> s.filter(f -> f.includes(CreatorPage.Item.FIELDS)));
    if (query.text().isPresent()) {
      search.highlight(h -> h.preTags("<em>").postTags("</em>")
          .fields(NamedValue.of("bio", HighlightField.of(f -> f.numberOfFragments(2).fragmentSize(120))))
          .fields(NamedValue.of("captions", HighlightField.of(f -> f.numberOfFragments(2).fragmentSize(120))))
          .fields(NamedValue.of("displayName", HighlightField.of(f -> f.numberOfFragments(0)))));
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

  /**
   * Without words to match, every creator is equally relevant: "relevance" then puts the largest
   * organic reach first, the product's own measure of who is worth a look (and a sort on a number
   * lets Elasticsearch skip what cannot reach the page, where a tie on score made it visit every match).
   */
  /** The name of a query's order, kept in its cursors: a cursor only continues the order it came from. */
  static String order(CreatorQuery query) {
    return query.sort() == CreatorQuery.Sort.RELEVANCE && query.text().isEmpty() ? "reach" : query.sort().name().toLowerCase(Locale.ROOT);
  }

  private static SortOptions primarySort(CreatorQuery query) {
    return switch (query.sort()) {
      case RELEVANCE -> query.text().isPresent() ? SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))) : byField("organicReach");
      case TARGETED_REACH -> SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)));
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

  /**
   * One page of hits (with highlights), on a first page the facets and size of the whole result,
   * and the next page's cursor.
   */
  public record SearchPage(List<Hit<CreatorDocument>> hits, Optional<CreatorFacets.Facets> facets, Optional<SearchCursor> next) {}

  /** A cursor that decoded but does not fit this query's sort. */
  public static final class InvalidCursorException extends RuntimeException {
    InvalidCursorException() {
      super("cursor does not fit this query");
    }
  }
}
