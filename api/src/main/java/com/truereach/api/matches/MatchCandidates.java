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
 * from precomputed fields only (the index has no scripting):
 * <pre>organic reach × share of the audience in the first target country</pre>
 * where a creator without audience figures whose home is a target country counts with the share
 * ranking assumes for them ({@value #ASSUMED_HOME_SHARE}) and any other missing share counts
 * {@value #STRAY_SHARE}. The top {@value #CANDIDATES} go to ranking, which weighs every target
 * country, language, age band, niche focus, authenticity and cost.
 */
@Singleton
class MatchCandidates {

  static final int CANDIDATES = 1000;
  static final double ASSUMED_HOME_SHARE = 0.6;
  static final double STRAY_SHARE = 0.05;

  private final ElasticsearchClient client;
  private final CreatorIndex index;

  MatchCandidates(ElasticsearchClient client, CreatorIndex index) {
    this.client = client;
    this.index = index;
  }

  /** Candidates for the brief; {@code firstCountry} is the target country the request named first. */
  List<CreatorDocument> find(Brief brief, String firstCountry) {
    try {
      SearchResponse<CreatorDocument> response = client.search(request(brief, firstCountry), CreatorDocument.class);
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

  SearchRequest request(Brief brief, String firstCountry) {
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
        target.should(s -> s.range(r -> r.number(n -> n.field(audienceField(country)).gt(0.0))));
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
    String first = audienceField(firstCountry);
    Query ranked = Query.of(q -> q.functionScore(fs -> fs
        .query(filtered)
        .scoreMode(FunctionScoreMode.Multiply)
        .boostMode(FunctionBoostMode.Replace)
        .functions(fn -> fn.fieldValueFactor(v -> v.field("organicReach").missing(0.0).modifier(FieldValueFactorModifier.None)))
        .functions(fn -> fn.fieldValueFactor(v -> v.field(first).missing(STRAY_SHARE).modifier(FieldValueFactorModifier.None)))
        // No audience figures at all, home in a target country: ranking assumes the home share, so does this.
        .functions(fn -> fn
            .filter(g -> g.bool(b -> b
                .mustNot(m -> m.exists(e -> e.field("audienceCountry")))
                .filter(h -> h.terms(t -> t.field("country").terms(v -> v.value(countries.stream().map(FieldValue::of).toList()))))))
            .weight(ASSUMED_HOME_SHARE / STRAY_SHARE))));
    return new SearchRequest.Builder()
        .index(index.alias())
        .query(ranked)
        .size(CANDIDATES)
        .trackTotalHits(t -> t.enabled(false))
        .sort(s -> s.score(sc -> sc.order(SortOrder.Desc)))
        .sort(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))
        .source(s -> s.filter(f -> f.includes(CandidateFromIndex.SOURCE_FIELDS)))
        .build();
  }

  private static String audienceField(String country) {
    return "audienceCountry." + country;
  }

}
