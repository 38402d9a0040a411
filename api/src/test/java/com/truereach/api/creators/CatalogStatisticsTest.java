package com.truereach.api.creators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.truereach.api.db.Sql;
import com.truereach.api.testsupport.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Timestamp;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue is analyzed as bulk writes double it, when the server does not do it itself. */
@MicronautTest(transactional = false)
class CatalogStatisticsTest implements IntegrationTest {

  @Inject CatalogStatistics statistics;
  @Inject TransactionOperations<Connection> transactions;

  @Test
  void an_analysis_is_due_once_the_table_has_doubled_or_a_new_table_has_its_first_rows() {
    assertThat(CatalogStatistics.due(4_999, 0)).isFalse();
    assertThat(CatalogStatistics.due(5_000, 0)).isTrue();
    assertThat(CatalogStatistics.due(5_000, 3_000)).isTrue();
    assertThat(CatalogStatistics.due(99_999, 100_000)).isFalse();
    assertThat(CatalogStatistics.due(100_000, 100_000)).isTrue();
  }

  @Test
  void bulk_writes_past_the_threshold_analyze_the_table_when_autovacuum_is_off() {
    boolean autovacuum = transactions.executeRead(status -> Sql.query(status.getConnection(),
        "SELECT current_setting('autovacuum')::boolean", s -> {}, row -> row.getBoolean(1)).get(0));
    assumeFalse(autovacuum, "the server analyzes the table itself");
    Optional<Timestamp> before = lastAnalyzed();

    statistics.created(10);
    assertThat(lastAnalyzed()).as("not due after 10 rows").isEqualTo(before);
    statistics.created(Integer.MAX_VALUE); // as many as any table here holds

    assertThat(lastAnalyzed()).isPresent();
    before.ifPresent(earlier -> assertThat(lastAnalyzed().orElseThrow()).isAfter(earlier));
  }

  private Optional<Timestamp> lastAnalyzed() {
    return transactions.executeRead(status -> Sql.query(status.getConnection(),
        "SELECT last_analyze FROM pg_stat_user_tables WHERE relid = 'catalog.creators'::regclass", s -> {},
        row -> Optional.ofNullable(row.getTimestamp(1))).get(0));
  }
}
