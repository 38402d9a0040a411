package com.truereach.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.IntegrationTest;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Published entries older than the retention are deleted; recent and pending ones stay. */
@MicronautTest(transactional = false)
class OutboxRetentionTest implements IntegrationTest {

  @Inject OutboxRelay relay;
  @Value("${datasources.default.url}") String url;
  @Value("${datasources.default.username}") String user;
  @Value("${datasources.default.password}") String password;

  @Test
  void only_entries_published_before_the_retention_are_pruned() throws SQLException {
    UUID old = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    UUID pending = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      insert(c, old, "now() - interval '2 days'");
      insert(c, recent, "now() - interval '1 hour'");
      insert(c, pending, null);
    }
    relay.prune();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      assertThat(exists(c, old)).as("published two days ago").isFalse();
      assertThat(exists(c, recent)).as("published an hour ago").isTrue();
      assertThat(exists(c, pending)).as("not published yet").isTrue();
      try (PreparedStatement cleanup = c.prepareStatement("DELETE FROM catalog.outbox WHERE aggregate_id IN (?, ?)")) {
        cleanup.setObject(1, recent);
        cleanup.setObject(2, pending);
        cleanup.executeUpdate();
      }
    }
  }

  private static void insert(Connection c, UUID aggregate, String publishedAt) throws SQLException {
    // A topic no handler serves, so the relay running beside this test leaves the pending entry alone.
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO catalog.outbox (topic, aggregate_id, next_attempt_at, published_at)"
        + " VALUES ('retention.test', ?, now() + interval '1 day', " + (publishedAt == null ? "NULL" : publishedAt) + ")")) {
      insert.setObject(1, aggregate);
      insert.executeUpdate();
    }
  }

  private static boolean exists(Connection c, UUID aggregate) throws SQLException {
    try (PreparedStatement query = c.prepareStatement("SELECT 1 FROM catalog.outbox WHERE aggregate_id = ?")) {
      query.setObject(1, aggregate);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }
}
