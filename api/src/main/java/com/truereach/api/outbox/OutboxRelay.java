package com.truereach.api.outbox;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox in batches: each batch is locked, handed to its topic's handler, and marked
 * published or postponed with exponential backoff. Rows locked by another instance are skipped.
 * Within an instance, {@code truereach.outbox.workers} workers drain side by side, each its own
 * share of the aggregates ({@link OutboxPartition}), so one aggregate's changes stay in order. A
 * worker is woken as soon as this instance commits entries ({@link OutboxSignal}): a fixed poll
 * between passes had left both cores idle for a fifth of a bulk import.
 */
@Singleton
public class OutboxRelay {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

  private static final int PRUNE_BATCH = 5_000;

  private final OutboxEntries entries;
  private final Map<String, OutboxHandler> handlers;
  private final OutboxConfig config;
  private final ExecutorService workers;
  private final OutboxVacuum vacuum;
  private final OutboxSignal signal;
  private volatile boolean stopped;

  OutboxRelay(OutboxEntries entries, List<OutboxHandler> handlers, OutboxConfig config, OutboxVacuum vacuum, OutboxSignal signal) {
    this.entries = entries;
    this.vacuum = vacuum;
    this.signal = signal;
    this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::topic, Function.identity()));
    this.config = config;
    AtomicInteger number = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(config.workers(), task -> {
      Thread thread = new Thread(task, "outbox-relay-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts the workers, once, after the initial delay. Each follows its own share for as long as
   * the instance runs: it drains what is due, then sleeps until this instance commits new entries
   * or the poll interval passes. One worker per share, so a share is never drained twice at once.
   */
  @Scheduled(initialDelay = "${truereach.outbox.initial-delay:1s}")
  void start() {
    for (int i = 0; i < config.workers(); i++) {
      OutboxPartition partition = new OutboxPartition(i, config.workers());
      try {
        workers.execute(() -> follow(partition));
      } catch (RejectedExecutionException e) {
        return; // shutting down before the workers started: what is pending waits for the next start
      }
    }
  }

  private void follow(OutboxPartition partition) {
    try {
      while (!stopped) {
        // Noted before draining: entries committed during the drain end the wait at once.
        long seen = signal.count();
        drain(partition);
        signal.awaitPast(seen, config.pollInterval());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stopping
    } finally {
      if (!stopped) {
        // Only an Error gets here (drain catches the rest): say so, as the share waits for a restart.
        LOG.error("Outbox relay worker {} of {} stopped; its share is not relayed until the instance restarts",
            partition.index() + 1, partition.count());
      }
    }
  }

  private void drain(OutboxPartition partition) {
    try {
      while (!stopped && relayBatch(partition) == config.batchSize()) {
        // A full batch means more is waiting: keep draining before sleeping.
      }
    } catch (RuntimeException e) {
      if (!stopped) {
        LOG.warn("Outbox relay pass failed; will retry", e);
      }
    }
  }

  @PreDestroy
  void stop() {
    stopped = true;
    workers.shutdownNow();
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

  /** Relays one batch of a share of the outbox and returns how many entries it took. */
  @Transactional
  public int relayBatch(OutboxPartition partition) {
    List<OutboxEntry> due = entries.lockDue(config.batchSize(), partition);
    Map<String, List<OutboxEntry>> byTopic =
        due.stream().collect(Collectors.groupingBy(OutboxEntry::topic, LinkedHashMap::new, Collectors.toList()));
    byTopic.forEach(this::publish);
    return due.size();
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
      vacuum.published(ids.size());
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
