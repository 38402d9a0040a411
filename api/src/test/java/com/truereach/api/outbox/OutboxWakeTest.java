package com.truereach.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Appending to the outbox wakes the relay when the transaction commits, not before (the workers
 * would find nothing yet) and not on a rollback. The entries are appended under a topic no handler
 * follows and always rolled back or removed, so no relay anywhere acts on them.
 */
@MicronautTest(transactional = false)
class OutboxWakeTest implements IntegrationTest {

  static final String TOPIC = "wake.test";

  @Inject Outbox outbox;
  @Inject OutboxSignal signal;
  @Inject TransactionOperations<Connection> transactions;

  @Test
  void a_commit_raises_the_signal_once_it_is_done() {
    long before = signal.count();
    UUID aggregate = UUID.randomUUID();

    long inside = transactions.executeWrite(status -> {
      outbox.appendAll(TOPIC, List.of(aggregate));
      outbox.appendAll(TOPIC, List.of(aggregate));
      // Removed before the commit: the commit still counts, and no relay ever sees the entries.
      try (var delete = status.getConnection().prepareStatement("DELETE FROM catalog.outbox WHERE aggregate_id = ?")) {
        delete.setObject(1, aggregate);
        delete.executeUpdate();
      }
      return signal.count();
    });

    assertThat(inside).as("raised before the commit").isEqualTo(before);
    assertThat(signal.count()).as("raises after the commit").isGreaterThan(before);
  }

  @Test
  void a_rolled_back_append_wakes_no_worker() {
    long before = signal.count();

    transactions.executeWrite(status -> {
      outbox.appendAll(TOPIC, List.of(UUID.randomUUID()));
      status.setRollbackOnly();
      return null;
    });

    assertThat(signal.count()).isEqualTo(before);
  }
}
