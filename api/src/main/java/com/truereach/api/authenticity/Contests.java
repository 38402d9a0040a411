package com.truereach.api.authenticity;

import com.truereach.api.creators.CreatorCatalog;
import com.truereach.api.creators.CreatorId;
import com.truereach.api.creators.CreatorScope;
import com.truereach.api.db.Sql;
import com.truereach.api.events.EventData;
import com.truereach.api.events.EventType;
import com.truereach.api.events.Events;
import com.truereach.api.outbox.Outbox;
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
  private static final String COLUMNS = "id, creator_id, signal, note, status, score_at_contest, confidence_at_contest, created_at,"
      + " response, resolved_at";

  private final TransactionOperations<Connection> transactions;
  private final Outbox outbox;
  private final CreatorScope creatorScope;
  private final Events events;

  Contests(TransactionOperations<Connection> transactions, Outbox outbox, CreatorScope creatorScope, Events events) {
    this.transactions = transactions;
    this.outbox = outbox;
    this.creatorScope = creatorScope;
    this.events = events;
  }

  /** Stores a new open contest, or answers empty when the creator already has one open on that signal. */
  Optional<Contest> open(CreatorId creator, @Nullable String signal, String note, @Nullable Double score, @Nullable Double confidence,
      String submittedBy, Instant now) {
    Contest contest = new Contest(UUID.randomUUID().toString(), creator.toString(), signal, note, "open", score, confidence, now,
        null, null);
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
    return list(" WHERE creator_id = ? ORDER BY created_at DESC, id LIMIT " + MAX_LISTED, s -> s.setObject(1, creator.value()));
  }

  /** The review queue: open contests, oldest first. */
  List<Contest> open() {
    return list(" WHERE status = 'open' ORDER BY created_at, id LIMIT " + MAX_LISTED, s -> {});
  }

  /**
   * Answers an open contest and returns it; empty when there is no open contest with that id
   * (unknown or already answered). The update only matches an open one, so two operators answering
   * at once end with one answer; an accepted contest also queues the creator for rescoring (in the
   * same transaction), which records a new score in the history if the data changed.
   */
  Optional<Contest> resolve(UUID id, Decision decision, String response, String resolvedBy, Instant now) {
    Optional<CreatorId> creator = find(id).flatMap(contest -> CreatorId.parse(contest.creatorId()));
    if (creator.isEmpty()) {
      return Optional.empty();
    }
    // The answer, the rescoring it may call for and the creator's notification commit together; the
    // creator's scope is what lets the notification into the event log.
    return creatorScope.write(creator.get(), c -> {
      Optional<Contest> answered = Sql.query(c,
          "UPDATE scoring.contests SET status = ?, response = ?, resolved_by = ?, resolved_at = ? WHERE id = ? AND status = 'open'"
              + " RETURNING " + COLUMNS,
          s -> {
            s.setString(1, decision.wire());
            s.setString(2, response);
            s.setString(3, resolvedBy);
            s.setTimestamp(4, Timestamp.from(now));
            s.setObject(5, id);
          },
          Contests::contest).stream().findFirst();
      answered.ifPresent(contest -> {
        if (decision == Decision.ACCEPTED) {
          outbox.appendAll(CreatorCatalog.CREATOR_CHANGED, List.of(creator.get().value()));
        }
        events.appendForCreator(c, creator.get(), EventType.CONTEST_RESOLVED,
            new EventData.ContestResolved(contest.id(), contest.creatorId(), contest.signal(), contest.status()));
      });
      return answered;
    });
  }

  Optional<Contest> find(UUID id) {
    return list(" WHERE id = ?", s -> s.setObject(1, id)).stream().findFirst();
  }

  private List<Contest> list(String where, Sql.Binder binder) {
    return transactions.execute(TransactionDefinition.READ_ONLY, status -> Sql.query(status.getConnection(),
        "SELECT " + COLUMNS + " FROM scoring.contests" + where, binder, Contests::contest));
  }

  private static Contest contest(java.sql.ResultSet row) throws java.sql.SQLException {
    return new Contest(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
        (Double) row.getObject(6), (Double) row.getObject(7), row.getTimestamp(8).toInstant(), row.getString(9),
        row.getTimestamp(10) == null ? null : row.getTimestamp(10).toInstant());
  }

  /** An operator's answer to a contest. */
  enum Decision {
    ACCEPTED, REJECTED;

    String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Decision> fromWire(String text) {
      return java.util.Arrays.stream(values()).filter(d -> d.wire().equals(text)).findFirst();
    }
  }

  /** One contest as the API shows it; {@code response} and {@code resolvedAt} once an operator answered. */
  @Serdeable
  record Contest(
      String id, String creatorId, @Nullable String signal, String note, String status, @Nullable Double scoreAtContest,
      @Nullable Double confidenceAtContest, Instant createdAt, @Nullable String response, @Nullable Instant resolvedAt) {}
}
