package com.truereach.api.authenticity;

import com.truereach.api.creators.CreatorId;
import com.truereach.api.db.Sql;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creators' requests to correct their score ({@code scoring.contests}). */
@Singleton
class Contests {

  static final int MAX_LISTED = 100;

  private final TransactionOperations<Connection> transactions;

  Contests(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  /** Stores a new open contest, or answers empty when the creator already has one open on that signal. */
  Optional<Contest> open(CreatorId creator, @Nullable String signal, String note, @Nullable Double score, @Nullable Double confidence,
      String submittedBy, Instant now) {
    Contest contest = new Contest(UUID.randomUUID().toString(), creator.toString(), signal, note, "open", score, confidence, now);
    try {
      transactions.executeWrite(status -> Sql.update(status.getConnection(),
          "INSERT INTO scoring.contests (id, creator_id, signal, note, status, score_at_contest, confidence_at_contest, submitted_by, created_at)"
              + " VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?)",
          s -> {
            s.setObject(1, UUID.fromString(contest.id()));
            s.setObject(2, creator.value());
            s.setString(3, signal);
            s.setString(4, note);
            if (score == null) {
              s.setNull(5, Types.DOUBLE);
              s.setNull(6, Types.DOUBLE);
            } else {
              s.setDouble(5, score);
              s.setDouble(6, confidence == null ? 0 : confidence);
            }
            s.setString(7, submittedBy);
            s.setTimestamp(8, Timestamp.from(now));
          }));
      return Optional.of(contest);
    } catch (Sql.DataAccessFailure e) {
      if (e.isUniqueViolation()) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** A creator's contests, newest first. */
  List<Contest> of(CreatorId creator) {
    return transactions.execute(TransactionDefinition.READ_ONLY, status -> Sql.query(status.getConnection(),
        "SELECT id, creator_id, signal, note, status, score_at_contest, confidence_at_contest, created_at FROM scoring.contests"
            + " WHERE creator_id = ? ORDER BY created_at DESC, id LIMIT " + MAX_LISTED,
        s -> s.setObject(1, creator.value()),
        row -> new Contest(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
            (Double) row.getObject(6), (Double) row.getObject(7), row.getTimestamp(8).toInstant())));
  }

  /** One contest as the API shows it. */
  @Serdeable
  record Contest(
      String id, String creatorId, @Nullable String signal, String note, String status, @Nullable Double scoreAtContest,
      @Nullable Double confidenceAtContest, Instant createdAt) {}
}
