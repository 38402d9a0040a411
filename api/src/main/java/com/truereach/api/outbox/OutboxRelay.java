package com.truereach.api.outbox;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox in batches: each batch is locked, handed to its topic's handler, and marked
 * published or postponed with exponential backoff. Rows locked by another instance are skipped.
 */
@Singleton
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private static final int PRUNE_BATCH = 5_000;

  private final OutboxEntries entries;
  private final Map<String, OutboxHandler> handlers;
  private final OutboxConfig config;

  OutboxRelay(OutboxEntries entries, List<OutboxHandler> handlers, OutboxConfig config) {
    this.entries = entries;
    this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::topic, Function.identity()));
    this.config = config;
  }

  @Scheduled(fixedDelay = "${truereach.outbox.poll-interval:200ms}", initialDelay = "${truereach.outbox.initial-delay:1s}")
  void poll() {
    try {
      while (relayBatch() == config.batchSize()) {
        // A full batch means more is waiting: keep draining before sleeping.
      }
    } catch (RuntimeException e) {
      LOG.warn("Outbox relay pass failed; will retry", e);
    }
  }

  /** Published entries are kept for a while (to look into recent indexing), then deleted in small batches. */
  @Scheduled(fixedDelay = "${truereach.outbox.prune-interval:10m}", initialDelay = "1m")
  void prune() {
    try {
      java.time.Instant cutoff = java.time.Instant.now().minus(config.retention());
      while (entries.prunePublished(cutoff, PRUNE_BATCH) == PRUNE_BATCH) {
        // More old entries: keep going in short transactions.
      }
    } catch (RuntimeException e) {
      LOG.warn("Outbox pruning failed; will retry", e);
    }
  }

  /** Relays one batch and returns how many entries it took. */
  @Transactional
  public int relayBatch() {
    List<OutboxEntry> due = entries.lockDue(config.batchSize());
    Map<String, List<OutboxEntry>> byTopic =
        due.stream().collect(Collectors.groupingBy(OutboxEntry::topic, LinkedHashMap::new, Collectors.toList()));
    byTopic.forEach(this::publish);
    return due.size();
  }

  public long pending() {
    return entries.countPending();
  }

  private void publish(String topic, List<OutboxEntry> batch) {
    List<Long> ids = batch.stream().map(OutboxEntry::id).toList();
    OutboxHandler handler = handlers.get(topic);
    if (handler == null) {
      entries.postpone(ids, config.maxBackoff(), "no handler for topic " + topic);
      return;
    }
    try {
      List<UUID> aggregates = batch.stream().map(OutboxEntry::aggregateId).distinct().toList();
      handler.handle(aggregates);
      entries.markPublished(ids);
    } catch (Exception e) {
      int attempts = batch.stream().mapToInt(OutboxEntry::attempts).max().orElse(0);
      Duration delay = backoff(attempts);
      LOG.warn("Publishing {} {} entries failed (attempt {}); retrying in {}", batch.size(), topic, attempts + 1, delay, e);
      entries.postpone(ids, delay, String.valueOf(e.getMessage()));
    }
  }

  private Duration backoff(int attempts) {
    long millis = 250L << Math.min(attempts, 16);
    return millis > config.maxBackoff().toMillis() ? config.maxBackoff() : Duration.ofMillis(millis);
  }
}
