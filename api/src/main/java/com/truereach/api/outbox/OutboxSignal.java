package com.truereach.api.outbox;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Tells the relay's workers that this instance has committed new outbox entries, so a change is
 * relayed at once instead of at the next poll. A raise is counted, never lost: a worker notes the
 * count before it drains and waits only while the count has not moved, so entries committed while
 * it was draining are taken by its next drain. Entries written by another instance are still found
 * by the poll.
 */
@Singleton
class OutboxSignal {

  private long raised;

  /** Called after a commit that wrote outbox entries. */
  synchronized void raise() {
    raised++;
    notifyAll();
  }

  /** How many raises so far: what a worker notes before it drains. */
  synchronized long count() {
    return raised;
  }

  /**
   * Waits until the count moves past {@code seen} or {@code timeout} passes, whichever is first.
   *
   * @return the count when the wait ended
   */
  synchronized long awaitPast(long seen, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    long left = timeout.toNanos();
    while (raised == seen && left > 0) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
      left = deadline - System.nanoTime();
    }
    return raised;
  }
}
