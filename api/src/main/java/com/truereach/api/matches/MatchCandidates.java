package com.truereach.api.matches;

import com.truereach.api.search.CreatorDocument;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.truereach.api.search.CreatorIndex;
import com.truereach.api.search.SearchUnavailableException;
import com.truereach.matching.metrics.Niche;
import com.truereach.matching.ranking.Brief;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first stage of matching: candidates for a brief from the creators index. Hard filters
 * (platform, currency and rate range, audience in a target country or a home country among the
 * targets, a niche of the brief or its keywords in the text, a rate at all), then a first rank
 * from precomputed fields only (the index has no scripting), the ranking's own formula with the
 * first target country standing for the whole target:
 * <pre>organic reach × share of the audience in the first target country × authenticity ÷ rate</pre>
 * where a creator without audience figures whose home is a target country counts with the share
 * ranking assumes for them ({@value #ASSUMED_HOME_SHARE}) and any other missing share counts
 * {@value #STRAY_SHARE}. The top {@code truereach.matches.candidates} (default
 * {@value #DEFAULT_CANDIDATES}) go to ranking, which weighs every target country, language, age band,
 * niche focus and authenticity's confidence. Because the first rank already divides by the rate, a
 * few hundred candidates hold the final top 50 (recall measured in docs/benchmarks/catalog.md); each
 * candidate read costs a stored document, which is what the end-to-end latency is made of.
 */
@Singleton
class MatchCandidates {

  static final int DEFAULT_CANDIDATES = 300;
  static final double ASSUMED_HOME_SHARE = 0.6;
  static final double STRAY_SHARE = 0.05;

  private final ElasticsearchClient client;
  private final CreatorIndex index;
  private final int candidates;

  MatchCandidates(ElasticsearchClient client, CreatorIndex index,
      @io.micronaut.context.annotation.Value("${truereach.matches.candidates:" + DEFAULT_CANDIDATES + "}") int candidates) {
    if (candidates < 1 || candidates > 10_000) {
      throw new IllegalArgumentException("truereach.matches.candidates must be between 1 and 10000, was " + candidates);
    }
    this.client = client;
    this.index = index;
    this.candidates = candidates;
  }

  /** Candidates for the brief, best first by the first rank. */
  List<CreatorDocument> find(Brief brief) {
    try {
      SearchResponse<CreatorDocument> response = client.search(request(brief), CreatorDocument.class);
      List<CreatorDocument> found = new ArrayList<>(response.hits().hits().size());
      for (Hit<CreatorDocument> hit : response.hits().hits()) {
        if (hit.source() != null) {
          found.add(hit.source());
        }
      }
      return found;
    } catch (ElasticsearchException e) {
      throw new SearchUnavailableException("candidate search failed", e);
    } catch (IOException e) {
      throw new SearchUnavailableException("search is unavailable", e);
    }
  }

  SearchRequest request(Brief brief) {
    List<String> countries = brief.target().countries().stream().sorted().toList();
    BoolQuery.Builder bool = new BoolQuery.Builder();
    bool.filter(f -> f.exists(e -> e.field("mainPlatform")));
    bool.filter(f -> f.exists(e -> e.field("authenticity")));
    bool.filter(f -> f.term(t -> t.field("rateCurrency").value(brief.currency())));
    bool.filter(f -> f.range(r -> r.number(n -> {
      n.field("rateMin").gte((double) Math.max(1, brief.minimumRate()));
      if (brief.maximumRate() != Long.MAX_VALUE) {
        n.lte((double) brief.maximumRate());
      }
      return n;
    })));
    if (!brief.platforms().isEmpty()) {
      bool.filter(f -> f.terms(t -> t.field("mainPlatform").terms(v -> v.value(brief.platforms().stream()
          .map(p -> FieldValue.of(p.name().toLowerCase(Locale.ROOT))).toList()))));
    }
    bool.filter(f -> f.bool(target -> {
      for (String country : countries) {
        target.should(s -> s.range(r -> r.number(n -> n.field("audienceCountry." + country).gt(0.0))));
      }
      target.should(s -> s.terms(t -> t.field("country").terms(v -> v.value(countries.stream().map(FieldValue::of).toList()))));
      return target.minimumShouldMatch("1");
    }));
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
    Query filtered = new Query.Builder().bool(bool.build()).build();
    // Audience in target as ranking computes it: the shares of the target countries, languages and
    // age bands (each summed over the brief's values), multiplied.
    Query inTarget = sharesInTarget(filtered, "audienceCountry", countries, FunctionBoostMode.Replace,
        g -> g.bool(b -> b.mustNot(m -> m.exists(e -> e.field("audienceCountry")))
            .filter(h -> h.terms(t -> t.field("country").terms(v -> v.value(countries.stream().map(FieldValue::of).toList()))))),
        ASSUMED_HOME_SHARE);
    List<String> languages = brief.target().languages().stream().sorted().toList();
    if (!languages.isEmpty()) {
      inTarget = sharesInTarget(inTarget, "audienceLanguage", languages, FunctionBoostMode.Multiply,
          g -> g.bool(b -> b.mustNot(m -> m.exists(e -> e.field("audienceLanguage")))), 1.0);
    }
    List<String> ages = brief.target().ageBands().stream().map(band -> band.label().replace("+", "plus")).sorted().toList();
    if (!ages.isEmpty()) {
      inTarget = sharesInTarget(inTarget, "audienceAge", ages, FunctionBoostMode.Multiply,
          g -> g.bool(b -> b.mustNot(m -> m.exists(e -> e.field("audienceAge")))), 1.0);
    }
    Query audience = inTarget;
    Query ranked = Query.of(q -> q.functionScore(fs -> fs
        .query(audience)
        .scoreMode(FunctionScoreMode.Multiply)
        .boostMode(FunctionBoostMode.Multiply)
        .functions(fn -> fn.fieldValueFactor(v -> v.field("organicReach").missing(0.0).modifier(FieldValueFactorModifier.None)))
        // Cost and authenticity as ranking weighs them; every candidate has both (filtered above).
        .functions(fn -> fn.fieldValueFactor(v -> v.field("rateMin").modifier(FieldValueFactorModifier.Reciprocal)))
        .functions(fn -> fn.fieldValueFactor(v -> v.field("authenticity").factor(0.01).modifier(FieldValueFactorModifier.None)))));
    return new SearchRequest.Builder()
        .index(index.alias())
        .query(ranked)
        .size(candidates)
        .trackTotalHits(t -> t.enabled(false))
        .sort(s -> s.score(sc -> sc.order(SortOrder.Desc)))
        .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
        .source(s -> s.filter(f -> f.includes(CandidateFromIndex.SOURCE_FIELDS)))
        .build();
  }

  /**
   * Wraps a query so its score becomes (or is multiplied by) the sum of the audience's shares in the
   * given keys, at least {@value #STRAY_SHARE}; documents matching {@code fallback} (no figures of
   * that kind) count {@code fallbackShare} more.
   */
  private static Query sharesInTarget(Query inner, String field, List<String> keys, FunctionBoostMode mode,
      java.util.function.Function<Query.Builder, co.elastic.clients.util.ObjectBuilder<Query>> fallback, double fallbackShare) {
    return Query.of(q -> q.functionScore(fs -> {
      fs.query(inner).scoreMode(FunctionScoreMode.Sum).boostMode(mode);
      for (String key : keys) {
        fs.functions(fn -> fn.fieldValueFactor(v -> v.field(field + "." + key).missing(0.0).modifier(FieldValueFactorModifier.None)));
      }
      fs.functions(fn -> fn.weight(STRAY_SHARE));
      fs.functions(fn -> fn.filter(fallback).weight(fallbackShare));
      return fs;
    }));
  }

}
