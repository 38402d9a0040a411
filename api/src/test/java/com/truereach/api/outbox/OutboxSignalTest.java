package com.truereach.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A worker's wait ends on a raise it has not seen, including one that came before the wait. */
class OutboxSignalTest {

  private final OutboxSignal signal = new OutboxSignal();

  @Test
  void a_raise_during_the_drain_ends_the_next_wait_at_once() throws Exception {
    long seen = signal.count();
    signal.raise(); // committed while the worker was draining

    long start = System.nanoTime();
    long now = signal.awaitPast(seen, Duration.ofMinutes(1));

    assertThat(now).isEqualTo(seen + 1);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void without_a_raise_the_wait_lasts_the_poll_interval() throws Exception {
    long seen = signal.count();

    long start = System.nanoTime();
    long now = signal.awaitPast(seen, Duration.ofMillis(300));

    assertThat(now).isEqualTo(seen);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void a_raise_from_another_thread_wakes_a_waiting_worker() throws Exception {
    long seen = signal.count();
    CompletableFuture<Long> worker = CompletableFuture.supplyAsync(() -> {
      try {
        return signal.awaitPast(seen, Duration.ofMinutes(1));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    Thread.sleep(100);
    assertThat(worker).isNotDone();

    signal.raise();

    assertThat(worker.get(5, TimeUnit.SECONDS)).isEqualTo(seen + 1);
  }
}
