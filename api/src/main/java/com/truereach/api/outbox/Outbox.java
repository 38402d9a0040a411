package com.truereach.api.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.UUID;

/**
 * Records that an aggregate changed, inside the caller's transaction. The {@link OutboxRelay}
 * later hands the change to the {@link OutboxHandler} of its topic.
 */
@Singleton
public class Outbox {

  private final OutboxEntries entries;

  Outbox(OutboxEntries entries) {
    this.entries = entries;
  }

  @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
  public void appendAll(String topic, java.util.List<UUID> aggregateIds) {
    entries.appendAll(topic, aggregateIds);
  }
}
