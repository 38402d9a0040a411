package com.truereach.api.outbox;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.UUID;

/**
 * Records that an aggregate changed, inside the caller's transaction. The {@link OutboxRelay}
 * later hands the change to the {@link OutboxHandler} of its topic.
 */
@Singleton
public class Outbox {

  private static final Duration POLL = Duration.ofMillis(50);

  private final OutboxEntries entries;
  private final OutboxConfig config;
  private final TransactionOperations<Connection> transactions;
  private final OutboxSignal signal;

  Outbox(OutboxEntries entries, OutboxConfig config, TransactionOperations<Connection> transactions, OutboxSignal signal) {
    this.entries = entries;
    this.config = config;
    this.transactions = transactions;
    this.signal = signal;
  }

  /** Appends the entries in the caller's transaction; the relay is woken when that transaction commits. */
  @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
  public void appendAll(String topic, java.util.List<UUID> aggregateIds) {
    entries.appendAll(topic, aggregateIds);
    transactions.findTransactionStatus().orElseThrow().registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        signal.raise();
      }
    });
  }

  /**
   * Back-pressure for bulk writers: waits while more than {@code truereach.outbox.backlog-limit}
   * entries wait for the relay, so that a fast upload does not pile up a backlog the index takes
   * minutes to catch up with (and the relay finds what it publishes still in memory, see
   * {@code CreatorCatalog#findChanged}). Answers false when the backlog has not shrunk for
   * {@code backlog-stall}: the relay is down or failing, and the writer should go on without
   * waiting for a while; the backlog is published when the relay recovers.
   */
  public boolean awaitBacklogBelowLimit() throws InterruptedException {
    int limit = config.backlogLimit();
    // Counted past the limit so that a draining backlog shows progress, but not walked to its end
    // when it is huge (a backlog beyond a hundred times the limit is seen as not shrinking).
    int cap = limit * 100 + 1;
    long pending = entries.countPendingUpTo(cap);
    long lowest = pending;
    long lastProgress = System.nanoTime();
    while (pending > limit) {
      if (System.nanoTime() - lastProgress > config.backlogStall().toNanos()) {
        return false;
      }
      Thread.sleep(POLL.toMillis());
      pending = entries.countPendingUpTo(cap);
      if (pending < lowest) {
        lowest = pending;
        lastProgress = System.nanoTime();
      }
    }
    return true;
  }
}
