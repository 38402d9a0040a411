package com.truereach.api.scoring;

import com.truereach.api.creators.CreatorId;
import com.truereach.api.db.Sql;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A creator's score over time ({@code scoring.score_history}), so a creator can see how their
 * score moved and a reviewer can see what a contest disputed.
 *
 * <p>{@link #recordAll} is the hook for whatever rescored creators (the indexer, after it has
 * computed the documents): it appends a row only when a creator's score, confidence, reach or
 * main platform differs from their latest row, so reindexing an unchanged creator adds nothing.
 */
@Singleton
public class ScoreHistory {

  /** Rows answered at most, newest first. */
  public static final int MAX_ROWS = 200;

  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  ScoreHistory(TransactionOperations<Connection> transactions, Clock clock) {
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Appends each creator's new score unless it equals their latest one, in one statement for the
   * batch (the relay records 500 at a time; a statement per creator was 500 round trips). A
   * creator named twice keeps only the last entry: both would carry the same time.
   */
  public void recordAll(Collection<Entry> scores) {
    if (scores.isEmpty()) {
      return;
    }
    Map<CreatorId, Entry> latest = new LinkedHashMap<>();
    scores.forEach(entry -> latest.put(entry.creatorId(), entry));
    Instant now = clock.instant();
    // Its own transaction: a failure here must not abort the relay's transaction around it.
    transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
      Connection connection = status.getConnection();
      Sql.update(connection,
          "INSERT INTO scoring.score_history (creator_id, platform, authenticity, authenticity_confidence, organic_reach, scored_at)"
              + " SELECT n.creator_id, n.platform, n.authenticity, n.confidence, n.reach, ?"
              + " FROM unnest(?::uuid[], ?::text[], ?::float8[], ?::float8[], ?::int8[])"
              + "   AS n (creator_id, platform, authenticity, confidence, reach)"
              + " WHERE NOT EXISTS ("
              + "   SELECT 1 FROM (SELECT platform, authenticity, authenticity_confidence, organic_reach FROM scoring.score_history h"
              + "                  WHERE h.creator_id = n.creator_id ORDER BY h.id DESC LIMIT 1) last"
              + "   WHERE last.platform = n.platform AND last.authenticity = n.authenticity"
              + "     AND last.authenticity_confidence = n.confidence AND last.organic_reach = n.reach)",
          s -> {
            Collection<Entry> entries = latest.values();
            s.setTimestamp(1, Timestamp.from(now));
            s.setArray(2, connection.createArrayOf("uuid", entries.stream().map(e -> e.creatorId().value()).toArray()));
            s.setArray(3, connection.createArrayOf("text", entries.stream().map(Entry::platform).toArray()));
            s.setArray(4, connection.createArrayOf("float8", entries.stream().map(Entry::authenticity).toArray()));
            s.setArray(5, connection.createArrayOf("float8", entries.stream().map(Entry::confidence).toArray()));
            s.setArray(6, connection.createArrayOf("int8", entries.stream().map(Entry::organicReach).toArray()));
          });
      return null;
    });
  }

  public void record(Entry entry) {
    recordAll(List.of(entry));
  }

  /** A creator's scores, newest first, at most {@link #MAX_ROWS}. */
  public List<Point> of(CreatorId creator) {
    return transactions.execute(TransactionDefinition.READ_ONLY, status -> Sql.query(status.getConnection(),
        "SELECT platform, authenticity, authenticity_confidence, organic_reach, scored_at FROM scoring.score_history"
            + " WHERE creator_id = ? ORDER BY id DESC LIMIT " + MAX_ROWS,
        s -> s.setObject(1, creator.value()),
        row -> new Point(row.getString(1), row.getDouble(2), row.getDouble(3), row.getLong(4), row.getTimestamp(5).toInstant())));
  }

  /** One creator's score as it was just computed. */
  public record Entry(CreatorId creatorId, String platform, double authenticity, double confidence, long organicReach) {}

  /** One stored score. */
  public record Point(String platform, double authenticity, double confidence, long organicReach, Instant scoredAt) {}
}
