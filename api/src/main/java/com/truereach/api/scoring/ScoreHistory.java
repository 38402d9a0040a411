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
import java.util.List;

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

  /** Appends each creator's new score unless it equals their latest one; one transaction for the batch. */
  public void recordAll(Collection<Entry> scores) {
    if (scores.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    // Its own transaction: a failure here must not abort the relay's transaction around it.
    transactions.execute(io.micronaut.transaction.TransactionDefinition.of(
        io.micronaut.transaction.TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
      Connection connection = status.getConnection();
      for (Entry entry : scores) {
        Sql.update(connection,
            "INSERT INTO scoring.score_history (creator_id, platform, authenticity, authenticity_confidence, organic_reach, scored_at)"
                + " SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS ("
                + "   SELECT 1 FROM (SELECT platform, authenticity, authenticity_confidence, organic_reach FROM scoring.score_history"
                + "                  WHERE creator_id = ? ORDER BY id DESC LIMIT 1) latest"
                + "   WHERE latest.platform = ? AND latest.authenticity = ? AND latest.authenticity_confidence = ?"
                + "     AND latest.organic_reach = ?)",
            s -> {
              s.setObject(1, entry.creatorId().value());
              s.setString(2, entry.platform());
              s.setDouble(3, entry.authenticity());
              s.setDouble(4, entry.confidence());
              s.setLong(5, entry.organicReach());
              s.setTimestamp(6, Timestamp.from(now));
              s.setObject(7, entry.creatorId().value());
              s.setString(8, entry.platform());
              s.setDouble(9, entry.authenticity());
              s.setDouble(10, entry.confidence());
              s.setLong(11, entry.organicReach());
            });
      }
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
