package com.truereach.api.creators;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps PostgreSQL's statistics on {@code catalog.creators} current while bulk imports grow it,
 * on a server whose autovacuum is off (with autovacuum on, the server analyzes the table itself and
 * this does nothing).
 *
 * <p>Without statistics the planner cannot tell that 500 external ids match at most 500 rows: an
 * import's look-up of existing creators was planned as a scan of the whole table, 100–250 ms per
 * batch of 500 by the end of a 1,000,000-creator import into an emptied catalogue, which averaged
 * 1,922 creators/s against 3,205 with statistics (docs/benchmarks/catalog.md, twelfth run). So, as autovacuum would, the table is analyzed when
 * bulk writes have created as many rows as it held at the last analysis (at least
 * {@value #FIRST_ANALYSIS_AFTER}); an analysis reads a fixed sample, so it costs about the same at any
 * size, and doubling keeps their number small. Analysing also makes PostgreSQL re-plan the prepared
 * statements it had planned for the smaller table.
 */
@Singleton
public class CatalogStatistics {

  static final long FIRST_ANALYSIS_AFTER = 5_000;

  private static final Logger LOG = LoggerFactory.getLogger(CatalogStatistics.class);

  private final DataSource dataSource;
  private Boolean serverAnalyzes;
  private long rowsAtLastAnalysis;
  private long createdSince;

  CatalogStatistics(DataSource dataSource) {
    // Its own autocommit connection, outside the caller's transaction.
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /** Whether an analysis is due after {@code createdSince} new rows in a table that had {@code rowsAtLastAnalysis}. */
  static boolean due(long createdSince, long rowsAtLastAnalysis) {
    return createdSince >= Math.max(FIRST_ANALYSIS_AFTER, rowsAtLastAnalysis);
  }

  /** Counts rows a bulk write has just committed, and analyzes the table when that is due. */
  public synchronized void created(int rows) {
    createdSince += rows;
    try {
      if (serverAnalyzes == null) {
        learnServer();
      }
      if (serverAnalyzes || !due(createdSince, rowsAtLastAnalysis)) {
        return;
      }
      long started = System.nanoTime();
      withStatement(statement -> {
        statement.execute("ANALYZE catalog.creators");
        rowsAtLastAnalysis = estimatedRows(statement);
      });
      createdSince = 0;
      LOG.info("Analyzed catalog.creators ({} rows) in {} ms: the server's autovacuum is off",
          rowsAtLastAnalysis, (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      createdSince = 0; // tried again after as many rows
      LOG.warn("Could not analyze catalog.creators; imports may be planned on outdated statistics: {}", e.toString());
    }
  }

  /** Asked once: whether the server analyzes tables itself, and the table's size as it stands. */
  private void learnServer() throws SQLException {
    withStatement(statement -> {
      rowsAtLastAnalysis = estimatedRows(statement);
      serverAnalyzes = autovacuumOn(statement);
    });
  }

  private interface StatementWork {
    void run(Statement statement) throws SQLException;
  }

  private void withStatement(StatementWork work) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      work.run(statement);
    }
  }

  private static boolean autovacuumOn(Statement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery("SELECT current_setting('autovacuum')::boolean")) {
      row.next();
      return row.getBoolean(1);
    }
  }

  /** The planner's row count for the table; 0 when it was never analyzed. */
  private static long estimatedRows(Statement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery("SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'catalog.creators'::regclass")) {
      row.next();
      return row.getLong(1);
    }
  }
}
