package com.truereach.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.IntegrationTest;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bulk writers wait for a backlog that drains, and stop waiting for one that does not. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxBackPressureTest implements IntegrationTest {

  private static final String TOPIC = "back-pressure.test";

  @Inject Outbox outbox;
  @Value("${datasources.default.url}") String url;
  @Value("${datasources.default.username}") String user;
  @Value("${datasources.default.password}") String password;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(IntegrationTest.super.getProperties());
    properties.put("truereach.outbox.backlog-limit", "5");
    properties.put("truereach.outbox.backlog-stall", "1s");
    return properties;
  }

  @AfterEach
  void cleanUp() throws SQLException {
    execute("DELETE FROM catalog.outbox WHERE topic = '" + TOPIC + "'");
  }

  @Test
  void a_backlog_under_the_limit_does_not_wait() throws Exception {
    pending(5);
    long started = System.nanoTime();

    assertThat(outbox.awaitBacklogBelowLimit()).isTrue();
    assertThat(millisSince(started)).isLessThan(300);
  }

  @Test
  void a_backlog_that_does_not_shrink_is_given_up_on_after_the_stall_time() throws Exception {
    pending(12);
    long started = System.nanoTime();

    assertThat(outbox.awaitBacklogBelowLimit()).isFalse();
    assertThat(millisSince(started)).isBetween(1_000L, 5_000L);
  }

  @Test
  void a_draining_backlog_is_waited_for_past_the_stall_time() throws Exception {
    pending(12);
    // Published in two steps 700 ms apart, each within the 1 s stall time of the last progress:
    // the writer keeps waiting past the stall time, ~1.4 s in all.
    try (Connection relay = DriverManager.getConnection(url, user, password)) {
      CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
        sleep(700);
        publish(relay, 4);
        sleep(700);
        publish(relay, 8);
      });
      long started = System.nanoTime();

      assertThat(outbox.awaitBacklogBelowLimit()).isTrue();
      assertThat(millisSince(started)).isGreaterThanOrEqualTo(1_300);
      publishing.join();
    }
  }

  private void pending(int count) throws SQLException {
    // A topic no handler serves, due in a day: the relay running beside this test leaves them pending.
    execute("INSERT INTO catalog.outbox (topic, aggregate_id, next_attempt_at) SELECT '" + TOPIC + "', gen_random_uuid(),"
        + " now() + interval '1 day' FROM generate_series(1, " + count + ")");
  }

  private static void publish(Connection connection, int count) {
    try (PreparedStatement statement = connection.prepareStatement("UPDATE catalog.outbox SET published_at = now() WHERE id IN"
        + " (SELECT id FROM catalog.outbox WHERE topic = '" + TOPIC + "' AND published_at IS NULL ORDER BY id LIMIT " + count + ")")) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement statement = c.prepareStatement(sql)) {
      statement.executeUpdate();
    }
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
