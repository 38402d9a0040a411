package com.truereach.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Relay workers split the outbox by aggregate: every entry in exactly one share, an aggregate's entries together. */
@MicronautTest(transactional = false)
class OutboxPartitionTest implements IntegrationTest {

  @Inject OutboxEntries entries;
  @Inject TransactionOperations<Connection> transactions;

  @Test
  void each_entry_falls_in_one_share_and_an_aggregates_entries_in_the_same_one() {
    List<UUID> aggregates = IntStream.range(0, 60).mapToObj(i -> UUID.randomUUID()).toList();
    // Written and read in one transaction that is rolled back: no relay elsewhere ever sees them.
    transactions.executeWrite(status -> {
      try (PreparedStatement insert = status.getConnection().prepareStatement(
          "INSERT INTO catalog.outbox (topic, aggregate_id) VALUES ('partition.test', ?)")) {
        for (int change = 0; change < 3; change++) {
          for (UUID aggregate : aggregates) {
            insert.setObject(1, aggregate);
            insert.addBatch();
          }
        }
        insert.executeBatch();
      }
      List<OutboxEntry> all = ours(entries.lockDue(10_000, new OutboxPartition(0, 1)), aggregates);
      List<OutboxEntry> first = ours(entries.lockDue(10_000, new OutboxPartition(0, 2)), aggregates);
      List<OutboxEntry> second = ours(entries.lockDue(10_000, new OutboxPartition(1, 2)), aggregates);

      assertThat(all).hasSize(180);
      assertThat(first).isNotEmpty();
      assertThat(second).isNotEmpty();
      Set<Long> union = new HashSet<>();
      first.forEach(e -> union.add(e.id()));
      second.forEach(e -> assertThat(union.add(e.id())).as("entry %d in both shares", e.id()).isTrue());
      assertThat(union).containsExactlyInAnyOrderElementsOf(all.stream().map(OutboxEntry::id).toList());

      Map<UUID, Integer> shareOf = new HashMap<>();
      first.forEach(e -> shareOf.merge(e.aggregateId(), 0, (a, b) -> a.equals(b) ? a : -1));
      second.forEach(e -> shareOf.merge(e.aggregateId(), 1, (a, b) -> a.equals(b) ? a : -1));
      assertThat(shareOf).hasSize(60).doesNotContainValue(-1);
      status.setRollbackOnly();
      return null;
    });
  }

  /** The entries that belong to this test (other tests' entries may be waiting too). */
  private static List<OutboxEntry> ours(List<OutboxEntry> due, List<UUID> aggregates) {
    Set<UUID> mine = new HashSet<>(aggregates);
    return due.stream().filter(e -> mine.contains(e.aggregateId())).toList();
  }
}
