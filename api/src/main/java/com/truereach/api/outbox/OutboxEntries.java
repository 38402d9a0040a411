package com.truereach.api.outbox;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * SQL over catalog.outbox. Plain JDBC on the transaction-bound connection, because the relay needs
 * {@code FOR UPDATE SKIP LOCKED} so several API instances can relay side by side without taking
 * the same rows.
 */
@Singleton
class OutboxEntries {

  private final DataSource dataSource;

  OutboxEntries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  void appendAll(String topic, List<UUID> aggregateIds) {
    execute(
        "INSERT INTO catalog.outbox (topic, aggregate_id) SELECT ?, unnest(?)",
        statement -> {
          statement.setString(1, topic);
          statement.setArray(2, statement.getConnection().createArrayOf("uuid", aggregateIds.toArray()));
        });
  }

  @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
  List<OutboxEntry> lockDue(int limit, OutboxPartition partition) {
    // hashtext is int4: the mask keeps it non-negative (abs() overflows on its minimum).
    String sql =
        "SELECT id, topic, aggregate_id, attempts FROM catalog.outbox"
            + " WHERE published_at IS NULL AND next_attempt_at <= now()"
            + (partition.count() > 1 ? " AND (hashtext(aggregate_id::text) & 2147483647) % ? = ?" : "")
            + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED";
    try (PreparedStatement statement = connection().prepareStatement(sql)) {
      int parameter = 1;
      if (partition.count() > 1) {
        statement.setInt(parameter++, partition.count());
        statement.setInt(parameter++, partition.index());
      }
      statement.setInt(parameter, limit);
      try (ResultSet rows = statement.executeQuery()) {
        List<OutboxEntry> entries = new ArrayList<>();
        while (rows.next()) {
          entries.add(
              new OutboxEntry(
                  rows.getLong(1), rows.getString(2), rows.getObject(3, UUID.class), rows.getInt(4)));
        }
        return entries;
      }
    } catch (SQLException e) {
      throw new OutboxException("could not read the outbox", e);
    }
  }

  void markPublished(Collection<Long> ids) {
    execute(
        "UPDATE catalog.outbox SET published_at = now() WHERE id = ANY (?)",
        statement -> statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids.toArray())));
  }

  void postpone(Collection<Long> ids, Duration delay, String error) {
    execute(
        "UPDATE catalog.outbox SET attempts = attempts + 1, last_error = ?,"
            + " next_attempt_at = now() + make_interval(secs => ?) WHERE id = ANY (?)",
        statement -> {
          statement.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
          statement.setDouble(2, delay.toMillis() / 1000.0);
          statement.setArray(3, statement.getConnection().createArrayOf("bigint", ids.toArray()));
        });
  }

  /** Deletes up to {@code limit} entries published before the cutoff; answers how many. */
  @Transactional
  int prunePublished(java.time.Instant cutoff, int limit) {
    try (PreparedStatement statement = connection().prepareStatement(
        "DELETE FROM catalog.outbox WHERE id IN (SELECT id FROM catalog.outbox WHERE published_at < ? ORDER BY published_at LIMIT ?)")) {
      statement.setTimestamp(1, java.sql.Timestamp.from(cutoff));
      statement.setInt(2, limit);
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new OutboxException("could not prune the outbox", e);
    }
  }

  /** Entries not yet published, counted up to {@code cap} (a large backlog is not walked to the end). */
  @Transactional
  long countPendingUpTo(int cap) {
    try (PreparedStatement statement = connection().prepareStatement(
        "SELECT count(*) FROM (SELECT 1 FROM catalog.outbox WHERE published_at IS NULL LIMIT ?) AS pending")) {
      statement.setInt(1, cap);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new OutboxException("could not count the outbox", e);
    }
  }

  private Connection connection() {
    // Micronaut's DataSource is transaction-aware: inside a transaction this is its connection.
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw new OutboxException("no database connection", e);
    }
  }

  private void execute(String sql, StatementSetter setter) {
    try (PreparedStatement statement = connection().prepareStatement(sql)) {
      setter.set(statement);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new OutboxException("could not write the outbox", e);
    }
  }

  @FunctionalInterface
  private interface StatementSetter {
    void set(PreparedStatement statement) throws SQLException;
  }

  static final class OutboxException extends RuntimeException {
    OutboxException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
