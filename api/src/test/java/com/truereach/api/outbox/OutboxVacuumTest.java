package com.truereach.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.truereach.api.testsupport.IntegrationTest;
import io.micronaut.context.annotation.Value;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The relay vacuums the outbox itself, outside any transaction, once enough entries were published. */
@MicronautTest(transactional = false)
class OutboxVacuumTest implements IntegrationTest {

  @Inject DataSource dataSource;
  @Value("${datasources.default.url}") String url;
  @Value("${datasources.default.username}") String user;
  @Value("${datasources.default.password}") String password;

  @Test
  void a_vacuum_runs_against_the_real_server() throws SQLException {
    OutboxVacuum vacuum = new OutboxVacuum(dataSource, config(50_000));
    long before = vacuumCount();
    assertThat(vacuum.vacuumNow()).isTrue();
    assertThat(vacuumCount()).isGreaterThan(before);
    vacuum.stop();
  }

  @Test
  void a_vacuum_starts_once_the_threshold_of_published_entries_is_reached() throws Exception {
    OutboxVacuum vacuum = new OutboxVacuum(dataSource, config(3));
    long before = vacuumCount();
    vacuum.published(2);
    Thread.sleep(500);
    assertThat(vacuumCount()).as("two of three entries published").isEqualTo(before);
    vacuum.published(1);
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (vacuumCount() == before && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(vacuumCount()).as("three of three published").isEqualTo(before + 1);
    vacuum.stop();
  }

  @Test
  void zero_leaves_the_outbox_to_the_server() throws Exception {
    OutboxVacuum vacuum = new OutboxVacuum(dataSource, config(0));
    long before = vacuumCount();
    vacuum.published(1_000_000);
    Thread.sleep(500);
    assertThat(vacuumCount()).isEqualTo(before);
    vacuum.stop();
  }

  private static OutboxConfig config(int vacuumEvery) {
    return new OutboxConfig(500, Duration.ofMinutes(5), Duration.ofHours(24), 1000, Duration.ofSeconds(5), 2, vacuumEvery, Duration.ofMillis(200));
  }

  private long vacuumCount() throws SQLException {
    try (Connection c = DriverManager.getConnection(url, user, password); Statement query = c.createStatement();
        ResultSet row = query.executeQuery("SELECT pg_stat_get_vacuum_count('catalog.outbox'::regclass)")) {
      row.next();
      return row.getLong(1);
    }
  }
}
