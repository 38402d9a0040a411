package com.truereach.api.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Discovery over the creators index. */
@Singleton
public class CreatorSearch {

  private final CreatorIndex index;

  CreatorSearch(CreatorIndex index) {
    this.index = index;
  }

  public SearchPage search(CreatorQuery query) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    query.text().ifPresentOrElse(
        text -> bool.must(m -> m.multiMatch(mm -> mm.query(text).fields("displayName^3", "bio"))),
        () -> bool.must(m -> m.matchAll(all -> all)));
    query.country().ifPresent(country -> bool.filter(f -> f.term(t -> t.field("country").value(country))));
    Query built = new Query.Builder().bool(bool.build()).build();
    try {
      SearchResponse<CreatorDocument> response =
          index.client()
              .search(
                  s -> {
                    s.index(index.alias())
                        .query(built)
                        .size(query.limit() + 1)
                        .trackTotalHits(t -> t.enabled(false))
                        .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                    query.after().ifPresent(
                        cursor -> s.searchAfter(FieldValue.of(cursor.score()), FieldValue.of(cursor.id())));
                    return s;
                  },
                  CreatorDocument.class);
      List<Hit<CreatorDocument>> hits = response.hits().hits();
      boolean more = hits.size() > query.limit();
      List<Hit<CreatorDocument>> page = more ? hits.subList(0, query.limit()) : hits;
      Optional<SearchCursor> next =
          more ? Optional.of(cursorAt(page.get(page.size() - 1))) : Optional.empty();
      return new SearchPage(page.stream().map(Hit::source).toList(), next);
    } catch (IOException | RuntimeException e) {
      if (e instanceof co.elastic.clients.elasticsearch._types.ElasticsearchException es && es.status() == 400) {
        throw new IllegalStateException("the search index refused a query we built", e);
      }
      throw new SearchUnavailableException("search is unavailable", e);
    }
  }

  private static SearchCursor cursorAt(Hit<CreatorDocument> hit) {
    List<FieldValue> sort = hit.sort();
    return new SearchCursor(sort.get(0).doubleValue(), sort.get(1).stringValue());
  }

  /** One page of hits and the cursor of the next page, when there is one. */
  public record SearchPage(List<CreatorDocument> hits, Optional<SearchCursor> next) {}
}
