package com.truereach.api.search;

import com.truereach.api.creators.Creator;
import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.outbox.OutboxHandler;
import com.truereach.api.scoring.CreatorScores;
import com.truereach.api.scoring.ScoreHistory;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Follows the catalogue into the index: takes the current state of each changed creator from the
 * catalogue (not a payload frozen at write time), so replays and out-of-order batches converge.
 * The catalogue reads it from PostgreSQL, or serves a creator this instance has just created
 * from memory when its stored version is still the one written (ADR 0013).
 */
@Singleton
class CreatorIndexer implements OutboxHandler {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CreatorIndexer.class);

  private final CreatorCatalog catalog;
  private final CreatorIndex index;
  private final CreatorScores scores;
  private final ScoreHistory history;

  CreatorIndexer(CreatorCatalog catalog, CreatorIndex index, CreatorScores scores, ScoreHistory history) {
    this.catalog = catalog;
    this.index = index;
    this.scores = scores;
    this.history = history;
  }

  @Override
  public String topic() {
    return CreatorCatalog.CREATOR_CHANGED;
  }

  @Override
  public void handle(List<UUID> aggregateIds) throws Exception {
    List<Creator> creators = catalog.findChanged(aggregateIds.stream().map(CreatorId::new).toList());
    Set<UUID> present = creators.stream().map(c -> c.id().value()).collect(Collectors.toSet());
    List<String> deleted =
        aggregateIds.stream().filter(id -> !present.contains(id)).map(UUID::toString).toList();
    List<CreatorDocument> documents = new java.util.ArrayList<>();
    for (Creator creator : creators) {
      try {
        documents.add(CreatorDocument.of(creator, scores));
      } catch (RuntimeException e) {
        // One creator the engine cannot score must not keep the others out of the index;
        // infra/index.sh check lists it as missing.
        LOG.error("Creator {} could not be indexed", creator.id(), e);
      }
    }
    index.apply(documents, deleted);
    // A replayed batch adds nothing: history keeps a row only when a score changed.
    try {
      history.recordAll(documents.stream().filter(d -> d.authenticity() != null)
        .map(d -> new ScoreHistory.Entry(new CreatorId(UUID.fromString(d.id())), d.mainPlatform(),
            d.authenticity(), d.authenticityConfidence(), d.organicReach() == null ? 0 : d.organicReach()))
          .toList());
    } catch (RuntimeException e) {
      LOG.warn("Score history not recorded for a batch: {}", e.toString());
    }
  }
}
