package com.truereach.api.search;

import com.truereach.api.creators.Creator;
import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.outbox.OutboxHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Follows the catalogue into the index: reads the current state of each changed creator from
 * PostgreSQL (not a payload frozen at write time), so replays and out-of-order batches converge.
 */
@Singleton
class CreatorIndexer implements OutboxHandler {

  private final CreatorCatalog catalog;
  private final CreatorIndex index;
  private final com.truereach.api.scoring.CreatorScores scores;

  CreatorIndexer(CreatorCatalog catalog, CreatorIndex index, com.truereach.api.scoring.CreatorScores scores) {
    this.catalog = catalog;
    this.index = index;
    this.scores = scores;
  }

  @Override
  public String topic() {
    return CreatorCatalog.CREATOR_CHANGED;
  }

  @Override
  public void handle(List<UUID> aggregateIds) throws Exception {
    List<Creator> creators = catalog.findAll(aggregateIds.stream().map(CreatorId::new).toList());
    Set<UUID> present = creators.stream().map(c -> c.id().value()).collect(Collectors.toSet());
    List<String> deleted =
        aggregateIds.stream().filter(id -> !present.contains(id)).map(UUID::toString).toList();
    index.apply(creators.stream().map(c -> CreatorDocument.of(c, scores)).toList(), deleted);
  }
}
