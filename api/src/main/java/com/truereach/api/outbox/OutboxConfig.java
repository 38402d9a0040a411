package com.truereach.api.outbox;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How the relay drains the outbox.
 *
 * @param batchSize entries handed to a handler at once; bigger batches mean fewer bulk requests
 * @param maxBackoff the longest wait before retrying an entry whose handler failed
 * @param retention how long published entries are kept (to look into recent indexing) before they are deleted
 * @param backlogLimit bulk writers wait while more entries than this wait for the relay
 * @param backlogStall how long a bulk writer waits for a backlog that does not shrink before it
 *     goes on without waiting (the relay is down or failing; the database stays the truth)
 * @param workers relay workers per instance, each draining its own share of the aggregates; two
 *     overlap one batch's scoring with another's indexing, which one worker leaves idle
 * @param vacuumEvery the relay vacuums the outbox after this many published entries (0: never,
 *     leaving it to the server's autovacuum); see {@link OutboxVacuum}
 * @param pollInterval the longest a worker waits before looking again: it is woken at once when
 *     this instance commits entries ({@link OutboxSignal}), so the poll finds what other instances
 *     wrote and retries that came due
 */
@ConfigurationProperties("truereach.outbox")
public record OutboxConfig(
    @Bindable(defaultValue = "500") int batchSize,
    @Bindable(defaultValue = "5m") Duration maxBackoff,
    @Bindable(defaultValue = "24h") Duration retention,
    @Bindable(defaultValue = "1000") int backlogLimit,
    @Bindable(defaultValue = "5s") Duration backlogStall,
    @Bindable(defaultValue = "2") int workers,
    @Bindable(defaultValue = "50000") int vacuumEvery,
    @Bindable(defaultValue = "200ms") Duration pollInterval) {

  public OutboxConfig {
    if (workers < 1) {
      throw new IllegalArgumentException("truereach.outbox.workers must be at least 1, not " + workers);
    }
  }
}
