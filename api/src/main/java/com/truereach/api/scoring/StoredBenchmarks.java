package com.truereach.api.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.truereach.api.db.Sql;
import com.truereach.matching.benchmarks.BenchmarkCell;
import com.truereach.matching.benchmarks.BenchmarkSource;
import com.truereach.matching.benchmarks.FollowerTier;
import com.truereach.matching.benchmarks.RobustSpread;
import com.truereach.matching.metrics.Platform;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The benchmark runs and cells in {@code scoring.benchmark_*}: what was computed, when, from how many creators. */
@Singleton
public class StoredBenchmarks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TransactionOperations<Connection> transactions;

  StoredBenchmarks(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** Stores one run and its cells in one transaction, then drops all but the newest {@code keepRuns} runs. */
  public long store(Instant computedAt, int creatorsSampled, BenchmarkConfig config, Collection<BenchmarkCell> cells) {
    return transactions.executeWrite(status -> {
      Connection connection = status.getConnection();
      long runId = Sql.query(connection,
          "INSERT INTO scoring.benchmark_runs (computed_at, creators_sampled, sample_limit, minimum_creators)"
              + " VALUES (?, ?, ?, ?) RETURNING id",
          s -> {
            s.setTimestamp(1, Timestamp.from(computedAt));
            s.setInt(2, creatorsSampled);
            s.setInt(3, config.sampleLimit());
            s.setInt(4, config.minimumCreators());
          },
          row -> row.getLong(1)).get(0);
      for (BenchmarkCell cell : cells) {
        Sql.update(connection,
            "INSERT INTO scoring.benchmark_cells (run_id, platform, country, tier, creator_count, source, explanation, stats, computed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)",
            s -> {
              s.setLong(1, runId);
              s.setString(2, cell.platform().name().toLowerCase(Locale.ROOT));
              s.setString(3, cell.country());
              s.setString(4, cell.tier().label());
              s.setInt(5, cell.creatorCount());
              s.setString(6, cell.source().name().toLowerCase(Locale.ROOT));
              s.setString(7, cell.explanation());
              s.setString(8, stats(cell).toString());
              s.setTimestamp(9, Timestamp.from(computedAt));
            });
      }
      Sql.update(connection,
          "DELETE FROM scoring.benchmark_runs WHERE id NOT IN (SELECT id FROM scoring.benchmark_runs ORDER BY id DESC LIMIT ?)",
          s -> s.setInt(1, config.keepRuns()));
      return runId;
    });
  }

  /** A cell of the newest run, as stored. */
  public Optional<StoredCell> latestCell(String platform, String country, String tier) {
    return transactions.execute(TransactionDefinition.READ_ONLY, status -> Sql.query(status.getConnection(),
        "SELECT c.run_id, c.platform, c.country, c.tier, c.creator_count, c.source, c.explanation, c.stats::text, c.computed_at"
            + " FROM scoring.benchmark_cells c WHERE c.run_id = (SELECT max(id) FROM scoring.benchmark_runs)"
            + " AND c.platform = ? AND c.country = ? AND c.tier = ?",
        s -> {
          s.setString(1, platform);
          s.setString(2, country);
          s.setString(3, tier);
        },
        row -> new StoredCell(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
            row.getString(6), row.getString(7), row.getString(8), row.getTimestamp(9).toInstant()))
        .stream().findFirst());
  }

  /** Cells of the newest run, in platform, country and tier order. */
  public List<StoredCell> latestCells() {
    return transactions.execute(TransactionDefinition.READ_ONLY, status -> Sql.query(status.getConnection(),
        "SELECT c.run_id, c.platform, c.country, c.tier, c.creator_count, c.source, c.explanation, c.stats::text, c.computed_at"
            + " FROM scoring.benchmark_cells c WHERE c.run_id = (SELECT max(id) FROM scoring.benchmark_runs)"
            + " ORDER BY c.platform, c.country, c.tier",
        s -> {},
        row -> new StoredCell(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
            row.getString(6), row.getString(7), row.getString(8), row.getTimestamp(9).toInstant())));
  }

  /** The newest run's cells as the engine's cells, with when they were computed; empty when no run is stored. */
  public Optional<StoredRun> latestRun() {
    List<StoredCell> cells = latestCells();
    if (cells.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new StoredRun(cells.get(0).runId(), cells.get(0).computedAt(), cells.stream().map(StoredBenchmarks::cell).toList()));
  }

  /** A stored run, back as the engine's cells. */
  public record StoredRun(long runId, Instant computedAt, List<BenchmarkCell> cells) {}

  private static BenchmarkCell cell(StoredCell stored) {
    try {
      JsonNode stats = JSON.readTree(stored.stats());
      return new BenchmarkCell(Platform.valueOf(stored.platform().toUpperCase(Locale.ROOT)), stored.country(),
          FollowerTier.valueOf(stored.tier().toUpperCase(Locale.ROOT)), stored.creatorCount(),
          spread(stats.get("engagementRate")), spread(stats.get("monthlyGrowth")), spread(stats.get("likesPerComment")),
          spread(stats.get("reachRate")), BenchmarkSource.valueOf(stored.source().toUpperCase(Locale.ROOT)), stored.explanation());
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored benchmark cell of run " + stored.runId() + " is not readable", e);
    }
  }

  private static RobustSpread spread(JsonNode node) {
    return new RobustSpread(number(node, "median"), number(node, "mad"), number(node, "lowerQuartile"),
        number(node, "upperQuartile"), node.get("count").asInt());
  }

  private static double number(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Double.NaN : value.asDouble();
  }

  static ObjectNode stats(BenchmarkCell cell) {
    ObjectNode stats = JSON.createObjectNode();
    stats.set("engagementRate", spread(cell.engagementRate()));
    stats.set("monthlyGrowth", spread(cell.monthlyGrowth()));
    stats.set("likesPerComment", spread(cell.likesPerComment()));
    stats.set("reachRate", spread(cell.reachRate()));
    return stats;
  }

  private static ObjectNode spread(RobustSpread spread) {
    ObjectNode node = JSON.createObjectNode();
    number(node, "median", spread.median());
    number(node, "mad", spread.mad());
    number(node, "lowerQuartile", spread.lowerQuartile());
    number(node, "upperQuartile", spread.upperQuartile());
    node.put("count", spread.count());
    return node;
  }

  /** JSON (and jsonb) has no NaN: an unknown figure is null. */
  private static void number(ObjectNode node, String name, double value) {
    if (Double.isFinite(value)) {
      node.put(name, value);
    } else {
      node.putNull(name);
    }
  }

  /** One stored cell; {@code stats} is the JSON text described in V20. */
  public record StoredCell(long runId, String platform, String country, String tier, int creatorCount, String source,
      String explanation, String stats, Instant computedAt) {}
}
