package com.truereach.api.matches;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.MsearchRequest;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.truereach.api.search.CreatorDocument;
import com.truereach.api.search.CreatorIndex;
import com.truereach.api.search.RankingFacts;
import com.truereach.api.search.SearchUnavailableException;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.ranking.Brief;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first stage of matching: candidates for a brief from the creators index.
 *
 * <p>Hard filters: platform, currency and rate range, a niche of the brief or its keywords in the
 * text, and an audience in the target country or a home there. Then, for each target country,
 * the creators with the most engaged people there per unit of cost, by the precomputed
 * {@link com.truereach.api.search.ReachPerCost} feature (organic reach × audience share in the
 * country × authenticity ÷ rate, the ranking's own formula for one country). One search per
 * country, sent together; sorting on one precomputed number replaces computing a nested score for
 * every creator that passes the filters.
 *
 * <p>Each search returns {@code truereach.matches.candidates} creators (default
 * {@value #DEFAULT_CANDIDATES}), {@value #WIDER_FACTOR}× that when the brief also targets languages or
 * age bands (the feature does not weigh them), read from the small {@link RankingFacts} value rather
 * than the stored documents. Ranking then weighs all of them: every target country, language, age
 * band, niche focus and authenticity's confidence. Recall against a far larger pool is measured in
 * docs/benchmarks/catalog.md.
 */
@Singleton
class MatchCandidates {

  static final int DEFAULT_CANDIDATES = 300;
  static final int WIDER_FACTOR = 2;
  /** The index's own limit on one search's hits (index.max_result_window). */
  static final int MAX_PER_COUNTRY = 10_000;

  private final ElasticsearchClient client;
  private final CreatorIndex index;
  private final int candidates;

  MatchCandidates(ElasticsearchClient client, CreatorIndex index,
      @Value("${truereach.matches.candidates:" + DEFAULT_CANDIDATES + "}") int candidates) {
    if (candidates < 1 || candidates > MAX_PER_COUNTRY) {
      throw new IllegalArgumentException("truereach.matches.candidates must be between 1 and " + MAX_PER_COUNTRY + ", was " + candidates);
    }
    this.client = client;
    this.index = index;
    this.candidates = candidates;
  }

  /** Candidates for the brief, each once, best first within each target country. */
  List<CreatorDocument> find(Brief brief) {
    MsearchResponse<Void> response;
    try {
      response = client.msearch(request(brief), Void.class);
    } catch (ElasticsearchException e) {
      throw new SearchUnavailableException("candidate search failed", e);
    } catch (IOException e) {
      throw new SearchUnavailableException("search is unavailable", e);
    }
    // A creator found in two target countries comes back twice with the same facts: decode once.
    Set<String> seen = new HashSet<>();
    List<CreatorDocument> found = new ArrayList<>();
    for (MultiSearchResponseItem<Void> item : response.responses()) {
      if (item.isFailure()) {
        throw new SearchUnavailableException("candidate search failed: " + item.failure().error().reason(), null);
      }
      for (Hit<Void> hit : item.result().hits().hits()) {
        RankingFacts.valueOf(hit).filter(seen::add).flatMap(RankingFacts::read).ifPresent(found::add);
      }
    }
    return found;
  }

  /** One search per target country, sent as one request. */
  MsearchRequest request(Brief brief) {
    MsearchRequest.Builder request = new MsearchRequest.Builder();
    for (SearchRequestBody search : searches(brief)) {
      request.searches(s -> s.header(h -> h.index(index.alias())).body(search));
    }
    return request.build();
  }

  List<SearchRequestBody> searches(Brief brief) {
    Query filters = filters(brief);
    boolean wider = !brief.target().languages().isEmpty() || !brief.target().ageBands().isEmpty();
    int size = Math.min(MAX_PER_COUNTRY, wider ? candidates * WIDER_FACTOR : candidates);
    List<SearchRequestBody> searches = new ArrayList<>();
    for (String country : brief.target().countries().stream().sorted().toList()) {
      String feature = "reachPerCost." + country;
      searches.add(SearchRequestBody.of(b -> b
          .query(q -> q.bool(inCountry -> inCountry.filter(filters).filter(f -> f.bool(reach -> reach
              .should(s -> s.exists(e -> e.field(feature)))
              .should(s -> s.term(t -> t.field("country").value(country)))
              .minimumShouldMatch("1")))))
          .sort(s -> s.field(f -> f.field(feature).order(SortOrder.Desc).unmappedType(FieldType.Float)))
          .size(size)
          .trackTotalHits(t -> t.enabled(false))
          .source(s -> s.fetch(false))
          .storedFields("_none_")
          .docvalueFields(d -> d.field(RankingFacts.FIELD))));
    }
    return searches;
  }

  private static Query filters(Brief brief) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    bool.filter(f -> f.term(t -> t.field("rateCurrency").value(brief.currency())));
    if (brief.minimumRate() > 0 || brief.maximumRate() != Long.MAX_VALUE) {
      bool.filter(f -> f.range(r -> r.number(n -> {
        n.field("rateMin").gte((double) brief.minimumRate());
        if (brief.maximumRate() != Long.MAX_VALUE) {
          n.lte((double) brief.maximumRate());
        }
        return n;
      })));
    }
    if (!brief.platforms().isEmpty()) {
      bool.filter(f -> f.terms(t -> t.field("mainPlatform").terms(v -> v.value(brief.platforms().stream()
          .map(p -> FieldValue.of(p.name().toLowerCase(Locale.ROOT))).toList()))));
    }
    Set<Niche> niches = brief.targetNiches();
    bool.filter(f -> f.bool(content -> {
      if (!niches.isEmpty()) {
        content.should(s -> s.terms(t -> t.field("niches").terms(v -> v.value(niches.stream()
            .map(n -> FieldValue.of(n.wireName())).toList()))));
      }
      if (!brief.keywords().isEmpty()) {
        content.should(s -> s.multiMatch(m -> m.query(String.join(" ", brief.keywords()))
            .fields("displayName", "bio", "hashtagText", "captions")));
      }
      return content.minimumShouldMatch("1");
    }));
    return Query.of(q -> q.bool(bool.build()));
  }
}
