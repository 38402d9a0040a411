package com.truereach.api.outbox;

/**
 * One relay worker's share of the outbox: the entries whose aggregate hashes to {@code index}
 * among {@code count}. All changes of one aggregate fall in one share, so the worker that owns
 * it publishes them in order while the other workers publish other aggregates.
 */
record OutboxPartition(int index, int count) {

  OutboxPartition {
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("partition " + index + " of " + count);
    }
  }
}
