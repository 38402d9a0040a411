package com.truereach.api.search;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lookalikes: the nearest neighbours of a creator's topic vector (kNN over the index). */
@Singleton
class SimilarCreators {

  private final CreatorIndex index;

  SimilarCreators(CreatorIndex index) {
    this.index = index;
  }

  /** Empty when the creator is not indexed (unknown, or not yet); an empty list when it has no topics. */
  Optional<List<Hit<CreatorDocument>>> similarTo(String id, int limit) {
    try {
      SearchResponse<CreatorDocument> own = index.client().search(s -> s.index(index.alias()).size(1)
          .query(q -> q.ids(i -> i.values(id))).source(src -> src.filter(f -> f.includes("topicVector"))), CreatorDocument.class);
      if (own.hits().hits().isEmpty()) {
        return Optional.empty();
      }
      float[] vector = own.hits().hits().get(0).source().topicVector();
      if (vector == null) {
        return Optional.of(List.of());
      }
      List<Float> query = new ArrayList<>(vector.length);
      for (float v : vector) {
        query.add(v);
      }
      SearchResponse<CreatorDocument> similar = index.client().search(s -> s.index(index.alias())
          .knn(k -> k.field("topicVector").queryVector(query).k(limit).numCandidates(Math.max(100, limit * 10))
              .filter(f -> f.bool(b -> b.mustNot(m -> m.ids(i -> i.values(id))))))
          .size(limit)
          .source(src -> src.filter(f -> f.includes(CreatorPage.Item.FIELDS))),
          CreatorDocument.class);
      return Optional.of(similar.hits().hits());
    } catch (ElasticsearchException | IOException e) {
      throw new SearchUnavailableException("lookalike search failed", e);
    }
  }
}
